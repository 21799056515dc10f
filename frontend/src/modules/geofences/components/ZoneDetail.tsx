"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { useSession } from "@/components/providers/SessionProvider";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { DetailHeader } from "@/components/ui/DetailHeader";
import { Badge, Card } from "@/components/ui/Page";
import { DeleteGeofenceDocument, UpdateGeofenceDocument, type GeofenceFieldsFragment, type LocationFieldsFragment } from "@/gql/graphql";
import { useMutation } from "@/lib/api/hooks";
import { describeError } from "@/lib/api/messages";
import { flash } from "@/stores/flash";
import { mapZoneOf, zonesUrl } from "../zones";
import { GeoEventsList } from "./GeoEventsList";
import { ZoneActivity } from "./ZoneActivity";
import { ZoneForm } from "./ZoneForm";
import { ZoneMap } from "./ZoneMap";
import { ZoneSummary } from "./ZoneSummary";

/** One zone: Admins edit, switch it on or off and delete it; everyone sees its activity and events. */
export function ZoneDetail({
  location,
  initial,
  siblings,
}: {
  location: LocationFieldsFragment;
  initial: GeofenceFieldsFragment;
  /** The location's other zones, drawn for context. */
  siblings: readonly GeofenceFieldsFragment[];
}) {
  const { t, fmt } = useI18n();
  const router = useRouter();
  const canManage = useSession((s) => s.can("geofences.manage"));
  const [zone, setZone] = useState(initial);
  const [notice, setNotice] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [update, updating] = useMutation(UpdateGeofenceDocument);
  const [remove, removing] = useMutation(DeleteGeofenceDocument);
  const others = siblings.filter((z) => z.id !== zone.id).map(mapZoneOf);

  useEffect(() => {
    setNotice(flash.getState().take());
  }, []);

  async function toggleActive() {
    const result = await update({ id: zone.id, input: { active: !zone.active } });
    if (!result.ok) {
      setErrors(result.errors.map((e) => describeError(e, t, fmt).message));
      return;
    }
    setZone(result.data.updateGeofence);
    setErrors([]);
    setNotice(t(result.data.updateGeofence.active ? "geofences.activated" : "geofences.deactivated", { name: zone.name }));
  }

  async function deleteZone() {
    if (!window.confirm(t("geofences.confirmDelete", { name: zone.name }))) return;
    const result = await remove({ id: zone.id });
    if (!result.ok) {
      setErrors(result.errors.map((e) => describeError(e, t, fmt).message));
      return;
    }
    flash.getState().show(t("geofences.deleted", { name: zone.name }));
    router.push(zonesUrl(location.id));
    router.refresh();
  }

  return (
    <div className="space-y-4">
      <DetailHeader
        name={zone.name}
        nameTestId="zone-name"
        badge={
          <Badge tone={zone.active ? "green" : "slate"}>
            <span data-testid="zone-state">{t(zone.active ? "geofences.active" : "geofences.inactive")}</span>
          </Badge>
        }
        actions={
          canManage ? (
            <>
              <Button variant="secondary" busy={updating} onClick={() => void toggleActive()} data-testid="zone-toggle-active">
                {t(zone.active ? "geofences.deactivate" : "geofences.activate")}
              </Button>
              <Button variant="danger" busy={removing} onClick={() => void deleteZone()} data-testid="zone-delete">
                {t("geofences.delete")}
              </Button>
            </>
          ) : null
        }
        backHref={zonesUrl(location.id)}
        backLabel={t("geofences.backToZones", { name: location.name })}
        notice={notice}
        errors={errors}
        testId="zone"
      />
      {canManage ? (
        <Card title={t("geofences.editTitle")}>
          <ZoneForm
            key={zone.updatedAt}
            location={location}
            zone={zone}
            otherZones={others}
            onSaved={(saved) => {
              setZone(saved);
              setNotice(t("geofences.saved", { name: saved.name }));
            }}
          />
        </Card>
      ) : (
        <Card>
          <Alert kind="info" testId="zone-read-only">{t("geofences.readOnly")}</Alert>
          <div className="mt-4 space-y-4">
            <ZoneMap origin={location.point} locationName={location.name} zones={[...others, mapZoneOf(zone)]} selectedId={zone.id} />
            <ZoneSummary zone={zone} />
          </div>
        </Card>
      )}
      <ZoneActivity zoneId={zone.id} />
      <GeoEventsList zoneId={zone.id} />
    </div>
  );
}
