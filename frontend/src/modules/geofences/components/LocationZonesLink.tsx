"use client";

import Link from "next/link";
import { useI18n } from "@/components/providers/I18nProvider";
import { buttonClass } from "@/components/ui/Button";
import { Card } from "@/components/ui/Page";
import { zonesUrl } from "../zones";

/** The location page's way to its zones (the map, the GeoPush and each zone's activity). */
export function LocationZonesLink({ locationId }: { locationId: string }) {
  const { t } = useI18n();
  return (
    <Card title={t("geofences.locationLink")}>
      <p className="text-sm text-slate-700">{t("geofences.locationLinkHint")}</p>
      <Link href={zonesUrl(locationId)} className={`${buttonClass("secondary")} mt-3`} data-testid="location-zones-link">
        {t("geofences.locationLink")}
      </Link>
    </Card>
  );
}
