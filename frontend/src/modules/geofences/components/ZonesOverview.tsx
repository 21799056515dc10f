"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { useSession } from "@/components/providers/SessionProvider";
import { Alert } from "@/components/ui/Alert";
import { buttonClass } from "@/components/ui/Button";
import { Badge, Card, PageHeader, TableWrap, td, th } from "@/components/ui/Page";
import type { GeofenceFieldsFragment, LocationFieldsFragment } from "@/gql/graphql";
import { formatNumber } from "@/lib/format";
import { flash } from "@/stores/flash";
import { mapZoneOf, zoneUrl, zonesUrl } from "../zones";
import { ZoneMap } from "./ZoneMap";

/** A location's zones: all of them on the map, and a list to open each (Admins also add new ones). */
export function ZonesOverview({ location, zones }: { location: LocationFieldsFragment; zones: readonly GeofenceFieldsFragment[] }) {
  const { t, fmt } = useI18n();
  const canManage = useSession((s) => s.can("geofences.manage"));
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    setNotice(flash.getState().take());
  }, []);

  return (
    <div className="space-y-4">
      <PageHeader
        title={t("geofences.title", { name: location.name })}
        actions={
          canManage ? (
            <Link href={`${zonesUrl(location.id)}/new`} className={buttonClass("primary")} data-testid="new-zone">
              {t("geofences.new")}
            </Link>
          ) : null
        }
      >
        <Link href={`/locations/${location.id}`} className="text-indigo-800 underline">
          {t("geofences.backToLocation")}
        </Link>
        {" · "}
        {t("geofences.subtitle")}
      </PageHeader>
      {notice ? <Alert kind="success" testId="zones-notice">{notice}</Alert> : null}
      {!canManage ? <Alert kind="info" testId="zones-read-only">{t("geofences.readOnly")}</Alert> : null}
      <Card>
        <ZoneMap origin={location.point} locationName={location.name} zones={zones.map(mapZoneOf)} hrefOf={(zoneId) => zoneUrl(location.id, zoneId)} />
      </Card>
      {zones.length === 0 ? (
        <p className="text-slate-700" data-testid="zones-empty">
          {t(canManage ? "geofences.empty" : "geofences.emptyRead")}
        </p>
      ) : (
        <TableWrap label={t("geofences.listLabel", { name: location.name })}>
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className={th}>{t("geofences.col.name")}</th>
              <th scope="col" className={th}>{t("geofences.col.shape")}</th>
              <th scope="col" className={th}>{t("geofences.col.trigger")}</th>
              <th scope="col" className={th}>{t("geofences.col.push")}</th>
              <th scope="col" className={th}>{t("geofences.col.state")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {zones.map((zone) => (
              <tr key={zone.id} data-testid="zone-row" data-zone-id={zone.id}>
                <td className={td}>
                  <Link href={zoneUrl(location.id, zone.id)} className="font-medium text-indigo-800 underline">
                    {zone.name}
                  </Link>
                </td>
                <td className={td}>
                  {zone.shape === "CIRCLE"
                    ? t("geofences.size.circle", { radius: formatNumber(zone.radiusMeters, fmt.locale, 0) })
                    : t("geofences.size.polygon", { count: zone.polygon?.length ?? 0 })}
                </td>
                <td className={td}>{t(`geofences.trigger.${zone.pushTrigger}`)}</td>
                <td className={td}>{zone.pushMessage ? zone.pushMessage.title : "—"}</td>
                <td className={td}>
                  <Badge tone={zone.active ? "green" : "slate"}>{t(zone.active ? "geofences.active" : "geofences.inactive")}</Badge>
                </td>
              </tr>
            ))}
          </tbody>
        </TableWrap>
      )}
    </div>
  );
}
