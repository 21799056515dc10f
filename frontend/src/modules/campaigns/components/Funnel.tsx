"use client";

import { useState } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { AlertList } from "@/components/ui/Alert";
import { SelectField } from "@/components/ui/Field";
import { Figure } from "@/components/ui/Figure";
import { Card, TableWrap, td, th } from "@/components/ui/Page";
import { CampaignFunnelDocument, type CampaignFunnelQuery } from "@/gql/graphql";
import { useQuery } from "@/lib/api/hooks";
import { describeError } from "@/lib/api/messages";
import { formatNumber } from "@/lib/format";
import { barShares, formatPercent, funnelRates } from "../words";

export type FunnelData = CampaignFunnelQuery["campaign"]["funnel"];

export const VISIT_WINDOWS = [1, 3, 7, 14, 30] as const;
const SKIP_REASONS = ["NO_CONSENT", "NO_DEVICE", "STALE_TOKEN", "QUIET_HOURS", "FREQUENCY_CAP"] as const;

/** Targeted → sent → delivered → opened → visited with rates, skips in words, per day as bars and per location. */
export function FunnelView({ funnel, visitWindowDays }: { funnel: FunnelData; visitWindowDays: number }) {
  const { t, fmt } = useI18n();
  const n = (v: number) => formatNumber(v, fmt.locale, 0);
  const rates = funnelRates(funnel);
  const pct = (rate: number | null) => t("campaigns.funnel.ofTargeted", { rate: formatPercent(rate, fmt.locale) });
  const shares = barShares(funnel.byDay.map((d) => d.targeted));
  const visitShares = barShares(funnel.byDay.map((d) => d.visited));
  const skipped = funnel.skipped.filter((s) => s.count > 0);
  const reason = (r: string) => ((SKIP_REASONS as readonly string[]).includes(r) ? t(`campaigns.held.${r as (typeof SKIP_REASONS)[number]}`) : r);
  return (
    <div className="space-y-4" data-testid="funnel">
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-5">
        <Figure label={t("campaigns.funnel.targeted")} value={funnel.targeted} testId="funnel-targeted" />
        <Figure label={t("campaigns.funnel.sent")} value={funnel.sent} testId="funnel-sent" note={pct(rates.sent)} />
        <Figure label={t("campaigns.funnel.delivered")} value={funnel.delivered} testId="funnel-delivered" />
        <Figure label={t("campaigns.funnel.opened")} value={funnel.opened} testId="funnel-opened" note={pct(rates.opened)} />
        <Figure label={t("campaigns.funnel.visitedWithin", { days: visitWindowDays })} value={funnel.visited} testId="funnel-visited" note={pct(rates.visited)} />
      </dl>
      <p className="text-sm text-slate-800" data-testid="funnel-conversion">
        {t("campaigns.funnel.conversion", { rate: formatPercent(rates.conversion, fmt.locale), days: visitWindowDays })}
      </p>
      {skipped.length > 0 ? (
        <div>
          <h3 className="text-sm font-semibold text-slate-900">{t("campaigns.funnel.skipped")}</h3>
          <ul className="mt-1 space-y-1 text-sm" data-testid="funnel-skipped">
            {skipped.map((s) => (
              <li key={s.reason} className="flex justify-between gap-2">
                <span>{reason(s.reason)}</span>
                <span className="font-semibold tabular-nums">{n(s.count)}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {funnel.byDay.every((d) => d.targeted === 0 && d.visited === 0) ? (
        <p className="text-sm text-slate-700" data-testid="funnel-no-days">
          {t("campaigns.funnel.noDays")}
        </p>
      ) : (
        <div className="space-y-2">
          <h3 className="text-sm font-semibold text-slate-900">{t("campaigns.funnel.byDay")}</h3>
          {/* The chart is for the eye; the table below says the same for everyone. */}
          <div className="flex h-32 items-end gap-px rounded-md bg-slate-50 p-2" aria-hidden="true" data-testid="funnel-chart">
            {funnel.byDay.map((day, index) => (
              <div key={day.day} className="relative flex h-full flex-1 items-end" title={`${day.day}: ${n(day.targeted)} / ${n(day.visited)}`}>
                <div className="w-full rounded-t bg-indigo-300" style={{ height: `${Math.round((shares[index] ?? 0) * 100)}%` }} data-testid="funnel-bar" />
                <div className="absolute bottom-0 left-1/4 w-1/2 rounded-t bg-green-600" style={{ height: `${Math.round((visitShares[index] ?? 0) * (shares[index] ?? 0) * 100)}%` }} />
              </div>
            ))}
          </div>
          <p className="text-xs text-slate-600">{t("campaigns.funnel.legend")}</p>
          <details>
            <summary className="cursor-pointer text-sm text-indigo-800">{t("campaigns.funnel.showTable")}</summary>
            <TableWrap label={t("campaigns.funnel.byDay")}>
              <thead className="bg-slate-50">
                <tr>
                  <th scope="col" className={th}>{t("campaigns.funnel.day")}</th>
                  <th scope="col" className={th}>{t("campaigns.funnel.targeted")}</th>
                  <th scope="col" className={th}>{t("campaigns.funnel.sent")}</th>
                  <th scope="col" className={th}>{t("campaigns.funnel.opened")}</th>
                  <th scope="col" className={th}>{t("campaigns.funnel.visited")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {funnel.byDay.map((day) => (
                  <tr key={day.day} data-testid="funnel-day">
                    <td className={`${td} whitespace-nowrap tabular-nums`}>{day.day}</td>
                    <td className={`${td} tabular-nums`}>{n(day.targeted)}</td>
                    <td className={`${td} tabular-nums`}>{n(day.sent)}</td>
                    <td className={`${td} tabular-nums`}>{n(day.opened)}</td>
                    <td className={`${td} tabular-nums`}>{n(day.visited)}</td>
                  </tr>
                ))}
              </tbody>
            </TableWrap>
          </details>
        </div>
      )}
      <div>
        <h3 className="text-sm font-semibold text-slate-900">{t("campaigns.funnel.byLocation")}</h3>
        {funnel.byLocation.length === 0 ? (
          <p className="text-sm text-slate-700">{t("campaigns.funnel.noLocations")}</p>
        ) : (
          <ul className="mt-1 space-y-1 text-sm" data-testid="funnel-locations">
            {[...funnel.byLocation]
              .sort((a, b) => b.visited - a.visited)
              .map((l) => (
                <li key={l.location.id} className="flex justify-between gap-2" data-testid="funnel-location">
                  <span>{l.location.name}</span>
                  <span className="font-semibold tabular-nums">{n(l.visited)}</span>
                </li>
              ))}
          </ul>
        )}
      </div>
    </div>
  );
}

/** The funnel since activation, for a chosen visit window (fetched on the client). */
export function FunnelPanel({ campaignId }: { campaignId: string }) {
  const { t, fmt } = useI18n();
  const [visitWindowDays, setWindow] = useState<number>(7);
  const { data, errors, loading } = useQuery(CampaignFunnelDocument, { id: campaignId, visitWindowDays });
  return (
    <Card title={t("campaigns.funnel.title")}>
      <SelectField id="funnel-window" className="mb-4 max-w-xs" label={t("campaigns.funnel.window")} value={String(visitWindowDays)} onValue={(v) => setWindow(Number(v))}>
        {VISIT_WINDOWS.map((d) => (
          <option key={d} value={d}>
            {t("campaigns.funnel.windowDays", { days: d })}
          </option>
        ))}
      </SelectField>
      <AlertList messages={(errors ?? []).map((e) => describeError(e, t, fmt).message)} testId="funnel-errors" />
      {data ? (
        <div className={loading ? "opacity-60 transition-opacity" : ""} aria-busy={loading || undefined}>
          <FunnelView funnel={data.campaign.funnel} visitWindowDays={visitWindowDays} />
        </div>
      ) : !errors ? (
        <p className="text-sm text-slate-700">{t("app.loading")}</p>
      ) : null}
    </Card>
  );
}
