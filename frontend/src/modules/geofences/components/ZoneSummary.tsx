"use client";

import { useI18n } from "@/components/providers/I18nProvider";
import type { GeofenceFieldsFragment } from "@/gql/graphql";
import { formatCoordinates, formatNumber } from "@/lib/format";
import { formatCooldown } from "../zone";

/** A zone as Staff and Analysts read it (no editing controls). */
export function ZoneSummary({ zone }: { zone: GeofenceFieldsFragment }) {
  const { t, fmt } = useI18n();
  const cooldown = formatCooldown(zone.cooldownSeconds);
  const rows: Array<[string, string]> = [
    [t("geofences.form.shape"), t(`geofences.shape.${zone.shape}`)],
    [
      zone.shape === "CIRCLE" ? t("geofences.summary.circle") : t("geofences.summary.polygon"),
      zone.shape === "CIRCLE"
        ? t("geofences.summary.circleValue", { radius: formatNumber(zone.radiusMeters, fmt.locale, 0), center: formatCoordinates(zone.center.latitude, zone.center.longitude, fmt.locale) })
        : t("geofences.summary.polygonValue", { count: zone.polygon?.length ?? 0, radius: formatNumber(zone.radiusMeters, fmt.locale, 0) }),
    ],
    [t("geofences.form.triggerField"), zone.pushTrigger === "DWELL" ? t("geofences.summary.dwell", { seconds: zone.dwellSeconds }) : t("geofences.trigger.ENTER")],
    [t("geofences.form.message"), zone.pushMessage ? `${zone.pushMessage.title} — ${zone.pushMessage.body}` : t("geofences.form.noPush")],
    [t("geofences.form.cooldown"), t("geofences.summary.cooldown", { hours: cooldown.hours, minutes: cooldown.minutes })],
    [
      t("geofences.form.schedule"),
      zone.schedule.length === 0
        ? t("geofences.form.scheduleAlways")
        : zone.schedule.map((w) => `${w.days.map((d) => t(`geofences.day.${d}`)).join(", ")} ${w.from}–${w.to}`).join("; "),
    ],
  ];
  return (
    <dl className="grid gap-3 sm:grid-cols-[12rem_1fr]" data-testid="zone-summary">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-sm font-medium text-slate-700">{label}</dt>
          <dd className="break-words text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
