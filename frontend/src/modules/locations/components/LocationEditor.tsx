"use client";

import { useI18n } from "@/components/providers/I18nProvider";
import { Alert } from "@/components/ui/Alert";
import { Card, PageHeader } from "@/components/ui/Page";
import type { LocationFieldsFragment } from "@/gql/graphql";
import type { TimeZoneOptions } from "@/lib/timezones";
import { LocationZonesLink } from "@/modules/geofences/components/LocationZonesLink";
import { LocationForm } from "./LocationForm";

export function LocationEditor({
  location,
  quota,
  timeZones,
  defaultTimeZone,
}: {
  location: LocationFieldsFragment | null;
  quota: { used: number; limit: number };
  timeZones: TimeZoneOptions;
  defaultTimeZone: string;
}) {
  const { t } = useI18n();
  return (
    <div className="max-w-3xl space-y-4">
      <PageHeader title={location ? t("locations.editTitle") : t("locations.createTitle")}>
        <span data-testid="location-quota">{t("locations.quota", { limit: quota.limit, used: quota.used })}</span>
      </PageHeader>
      {!location && quota.used >= quota.limit ? <Alert kind="warning">{t("locations.quotaReached")}</Alert> : null}
      <Card>
        <LocationForm location={location} timeZones={timeZones} defaultTimeZone={defaultTimeZone} />
      </Card>
      {location ? <LocationZonesLink locationId={location.id} /> : null}
    </div>
  );
}
