"use client";

import Link from "next/link";
import { useI18n } from "@/components/providers/I18nProvider";
import { buttonClass } from "@/components/ui/Button";
import { Badge, Card, PageHeader } from "@/components/ui/Page";
import type { LocationFieldsFragment } from "@/gql/graphql";
import { formatCoordinates, formatDateTime } from "@/lib/format";
import { timeZoneLabel } from "@/lib/timezones";
import { LocationZonesLink } from "@/modules/geofences/components/LocationZonesLink";

/** What Staff and Analysts see: the location, read-only. */
export function LocationDetails({ location }: { location: LocationFieldsFragment }) {
  const { t, fmt } = useI18n();
  const rows: Array<[string, string]> = [
    [t("locations.col.address"), location.address || "—"],
    [t("locations.col.timeZone"), timeZoneLabel(location.timeZone)],
    [t("locations.col.coordinates"), formatCoordinates(location.point.latitude, location.point.longitude, fmt.locale)],
    [t("locations.col.updated"), formatDateTime(location.updatedAt, fmt)],
  ];
  return (
    <div className="max-w-2xl space-y-4">
      <PageHeader title={location.name}>
        <Badge tone={location.active ? "green" : "slate"}>{location.active ? t("locations.active") : t("locations.inactive")}</Badge>
      </PageHeader>
      <Card>
        <dl className="grid gap-3 sm:grid-cols-[12rem_1fr]">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-sm font-medium text-slate-700">{label}</dt>
              <dd className="text-slate-900">{value}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-4 text-sm text-slate-700">{t("locations.readOnly")}</p>
      </Card>
      <LocationZonesLink locationId={location.id} />
      <Link href="/locations" className={buttonClass("secondary")}>
        {t("app.back")}
      </Link>
    </div>
  );
}
