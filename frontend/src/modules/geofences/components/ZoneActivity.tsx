"use client";

import { useState } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { AlertList } from "@/components/ui/Alert";
import { SelectField } from "@/components/ui/Field";
import { Figure } from "@/components/ui/Figure";
import { Card, TableWrap, td, th } from "@/components/ui/Page";
import { GeofenceActivityDocument, type GeofenceActivityQuery } from "@/gql/graphql";
import { useQuery } from "@/lib/api/hooks";
import { describeError } from "@/lib/api/messages";
import { formatNumber } from "@/lib/format";
import { ACTIVITY_PERIODS, barShares, periodOf, VISIT_WINDOWS } from "../zones";

export type ZoneActivityData = GeofenceActivityQuery["geofence"]["activity"];

/** The period's figures and the entries per day as bars (heights relative to the busiest day), with the table behind. */
export function ActivityFigures({ activity }: { activity: ZoneActivityData }) {
  const { t, fmt } = useI18n();
  const shares = barShares(activity.byDay.map((d) => d.entries));
  const n = (value: number) => formatNumber(value, fmt.locale, 0);
  return (
    <div className="space-y-4" data-testid="zone-activity-figures">
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        <Figure label={t("geofences.activity.entries")} value={activity.entries} testId="activity-entries" />
        <Figure label={t("geofences.activity.uniqueCustomers")} value={activity.uniqueCustomers} testId="activity-unique" />
        <Figure label={t("geofences.activity.sent")} value={activity.geoPushesSent} testId="activity-sent" />
        <Figure label={t("geofences.activity.visitsAfter", { hours: activity.visitWindowHours })} value={activity.visitsAfter} testId="activity-visits" />
        <Figure label={t("geofences.activity.cooldown")} value={activity.geoPushesCooldown} testId="activity-cooldown" />
        <Figure label={t("geofences.activity.outsideSchedule")} value={activity.geoPushesOutsideSchedule} testId="activity-outside" />
        <Figure label={t("geofences.activity.exits")} value={activity.exits} testId="activity-exits" />
        <Figure label={t("geofences.activity.dwells")} value={activity.dwells} testId="activity-dwells" />
      </dl>
      {activity.byDay.every((d) => d.entries === 0 && d.geoPushesSent === 0 && d.visitsAfter === 0) ? (
        <p className="text-sm text-slate-700" data-testid="activity-no-days">
          {t("geofences.activity.noDays")}
        </p>
      ) : (
        <div className="space-y-2">
          <h3 className="text-sm font-semibold text-slate-900">{t("geofences.activity.byDay")}</h3>
          {/* The chart is for the eye; the table below says the same for everyone. */}
          <div className="flex h-32 items-end gap-px rounded-md bg-slate-50 p-2" aria-hidden="true" data-testid="activity-chart">
            {activity.byDay.map((day, index) => (
              <div key={day.day} className="flex h-full flex-1 items-end" title={`${day.day}: ${n(day.entries)}`}>
                <div className="w-full rounded-t bg-indigo-600" style={{ height: `${Math.round((shares[index] ?? 0) * 100)}%` }} />
              </div>
            ))}
          </div>
          <details>
            <summary className="cursor-pointer text-sm text-indigo-800">{t("geofences.activity.showTable")}</summary>
            <TableWrap label={t("geofences.activity.byDay")}>
              <thead className="bg-slate-50">
                <tr>
                  <th scope="col" className={th}>{t("geofences.activity.day")}</th>
                  <th scope="col" className={th}>{t("geofences.activity.entries")}</th>
                  <th scope="col" className={th}>{t("geofences.activity.sent")}</th>
                  <th scope="col" className={th}>{t("geofences.activity.visits")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {activity.byDay.map((day) => (
                  <tr key={day.day} data-testid="activity-day">
                    <td className={`${td} whitespace-nowrap tabular-nums`}>{day.day}</td>
                    <td className={`${td} tabular-nums`}>{n(day.entries)}</td>
                    <td className={`${td} tabular-nums`}>{n(day.geoPushesSent)}</td>
                    <td className={`${td} tabular-nums`}>{n(day.visitsAfter)}</td>
                  </tr>
                ))}
              </tbody>
            </TableWrap>
          </details>
        </div>
      )}
    </div>
  );
}

/** A zone's activity over a chosen period (fetched on the client; the rest of the page does not wait). */
export function ZoneActivity({ zoneId }: { zoneId: string }) {
  const { t, fmt } = useI18n();
  const [days, setDays] = useState<number>(30);
  const [windowHours, setWindowHours] = useState<number>(24);
  const [now] = useState(() => new Date());
  const period = periodOf(days, now);
  const { data, errors, loading } = useQuery(GeofenceActivityDocument, { id: zoneId, from: period.from, to: period.to, visitWindowHours: windowHours });
  const activity = data?.geofence.activity;
  return (
    <Card title={t("geofences.activity.title")}>
      <div className="mb-4 grid max-w-xl gap-3 sm:grid-cols-2">
        <SelectField id="activity-period" label={t("geofences.activity.period")} value={String(days)} onValue={(v) => setDays(Number(v))}>
          {ACTIVITY_PERIODS.map((d) => (
            <option key={d} value={d}>
              {t("geofences.activity.lastDays", { days: d })}
            </option>
          ))}
        </SelectField>
        <SelectField id="activity-window" label={t("geofences.activity.window")} value={String(windowHours)} onValue={(v) => setWindowHours(Number(v))}>
          {VISIT_WINDOWS.map((h) => (
            <option key={h} value={h}>
              {t("geofences.activity.hours", { hours: h })}
            </option>
          ))}
        </SelectField>
      </div>
      <AlertList messages={(errors ?? []).map((e) => describeError(e, t, fmt).message)} testId="activity-errors" />
      {activity ? (
        <div className={loading ? "opacity-60 transition-opacity" : ""} aria-busy={loading || undefined}>
          <ActivityFigures activity={activity} />
        </div>
      ) : !errors ? (
        <p className="text-sm text-slate-700">{t("app.loading")}</p>
      ) : null}
    </Card>
  );
}
