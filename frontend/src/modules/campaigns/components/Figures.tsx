"use client";

import { useI18n } from "@/components/providers/I18nProvider";
import type { CampaignFunnelTotalsFragment } from "@/gql/graphql";
import { formatNumber } from "@/lib/format";
import { formatPercent, funnelRates } from "../words";

/** "120 → 100 → 40 → 12 · 12 %" for a list row: targeted, sent, opened, visited and the conversion. */
export function CompactFunnel({ funnel }: { funnel: CampaignFunnelTotalsFragment }) {
  const { t, fmt } = useI18n();
  const n = (v: number) => formatNumber(v, fmt.locale, 0);
  const rates = funnelRates(funnel);
  return (
    <div className="whitespace-nowrap text-sm tabular-nums" data-testid="row-funnel" aria-label={t("campaigns.funnel.aria", { targeted: n(funnel.targeted), sent: n(funnel.sent), opened: n(funnel.opened), visited: n(funnel.visited) })}>
      <span title={t("campaigns.funnel.targeted")}>{n(funnel.targeted)}</span>
      <span aria-hidden="true"> → </span>
      <span title={t("campaigns.funnel.sent")}>{n(funnel.sent)}</span>
      <span aria-hidden="true"> → </span>
      <span title={t("campaigns.funnel.opened")}>{n(funnel.opened)}</span>
      <span aria-hidden="true"> → </span>
      <span title={t("campaigns.funnel.visited")}>{n(funnel.visited)}</span>
      <div className="text-xs text-slate-600" data-testid="row-conversion">
        {t("campaigns.funnel.conversionShort", { rate: formatPercent(rates.conversion, fmt.locale) })}
      </div>
    </div>
  );
}
