"use client";

import Link from "next/link";
import { useI18n } from "@/components/providers/I18nProvider";
import { Card, PageHeader } from "@/components/ui/Page";
import type { GeofenceFieldsFragment, LocationFieldsFragment } from "@/gql/graphql";
import { mapZoneOf, zonesUrl } from "../zones";
import { ZoneForm } from "./ZoneForm";

/** A new zone around the location (the location's other zones are drawn for context). */
export function ZoneCreate({ location, zones }: { location: LocationFieldsFragment; zones: readonly GeofenceFieldsFragment[] }) {
  const { t } = useI18n();
  return (
    <div className="space-y-4">
      <PageHeader title={t("geofences.createTitle", { name: location.name })}>
        <Link href={zonesUrl(location.id)} className="text-indigo-800 underline">
          {t("geofences.backToZones", { name: location.name })}
        </Link>
      </PageHeader>
      <Card>
        <ZoneForm location={location} zone={null} otherZones={zones.map(mapZoneOf)} />
      </Card>
    </div>
  );
}
