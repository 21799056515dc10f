"use client";

import Link from "next/link";
import { useState } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { Alert, AlertList } from "@/components/ui/Alert";
import { SelectField } from "@/components/ui/Field";
import { Figure } from "@/components/ui/Figure";
import { Card } from "@/components/ui/Page";
import { CampaignDryRunDocument, type CampaignDryRunQuery } from "@/gql/graphql";
import { useQuery } from "@/lib/api/hooks";
import { describeError } from "@/lib/api/messages";
import { formatDateTime, formatNumber } from "@/lib/format";
import { dryRunWarningWords } from "../words";

export type DryRunData = CampaignDryRunQuery["campaignDryRun"];

export const DRY_RUN_DAYS = [7, 14, 31] as const;
const HELD_REASONS = ["NO_CONSENT", "NO_DEVICE", "STALE_TOKEN", "QUIET_HOURS", "FREQUENCY_CAP"] as const;

/** Who would receive the campaign now, who would be held back and why, when it would run, and a sample. */
export function DryRunView({ dryRun }: { dryRun: DryRunData }) {
  const { t, fmt } = useI18n();
  const n = (v: number) => formatNumber(v, fmt.locale, 0);
  const held = dryRun.heldBack.filter((h) => h.count > 0);
  const reason = (r: string) => ((HELD_REASONS as readonly string[]).includes(r) ? t(`campaigns.held.${r as (typeof HELD_REASONS)[number]}`) : r);
  return (
    <div className="space-y-4" data-testid="dry-run">
      {dryRun.warnings.length > 0 ? (
        <Alert kind="warning" testId="dry-run-warnings">
          <ul className="list-disc pl-5">
            {dryRun.warnings.map((w) => (
              <li key={w}>{dryRunWarningWords(w, t)}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3">
        <Figure label={t("campaigns.dryRun.qualifying")} value={dryRun.qualifyingNow} testId="dry-run-qualifying" />
        <Figure label={t("campaigns.dryRun.reachable")} value={dryRun.reachable} testId="dry-run-reachable" />
        <Figure label={t("campaigns.dryRun.heldBack")} value={held.reduce((sum, h) => sum + h.count, 0)} testId="dry-run-held" />
      </dl>
      <div>
        <h3 className="text-sm font-semibold text-slate-900">{t("campaigns.dryRun.heldBackBy")}</h3>
        {held.length === 0 ? (
          <p className="text-sm text-slate-700">{t("campaigns.dryRun.noneHeld")}</p>
        ) : (
          <ul className="mt-1 space-y-1 text-sm" data-testid="dry-run-held-list">
            {held.map((h) => (
              <li key={h.reason} className="flex justify-between gap-2" data-testid={`dry-run-held-${h.reason}`}>
                <span>{reason(h.reason)}</span>
                <span className="font-semibold tabular-nums">{n(h.count)}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <h3 className="text-sm font-semibold text-slate-900">{t("campaigns.dryRun.upcoming")}</h3>
        {dryRun.upcoming.length === 0 ? (
          <p className="text-sm text-slate-700" data-testid="dry-run-no-upcoming">
            {t("campaigns.dryRun.noUpcoming")}
          </p>
        ) : (
          <ul className="mt-1 space-y-1 text-sm" data-testid="dry-run-upcoming">
            {dryRun.upcoming.map((o) => (
              <li key={o.at} className="flex justify-between gap-2" data-testid="dry-run-occurrence">
                <span>{formatDateTime(o.at, fmt)}</span>
                <span className="tabular-nums">{t("campaigns.dryRun.customers", { count: n(o.customers) })}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <h3 className="text-sm font-semibold text-slate-900">{t("campaigns.dryRun.sample")}</h3>
        {dryRun.sample.length === 0 ? (
          <p className="text-sm text-slate-700">{t("campaigns.dryRun.noSample")}</p>
        ) : (
          <ul className="mt-1 flex flex-wrap gap-2 text-sm" data-testid="dry-run-sample">
            {dryRun.sample.map((c) => (
              <li key={c.id}>
                <Link href={`/customers/${c.id}`} className="rounded-full bg-slate-100 px-2 py-0.5 text-indigo-800 underline">
                  {c.displayName}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

/** The dry run fetched on the client for the chosen number of days ahead (the page remounts it when the campaign changes). */
export function DryRunPanel({ campaignId }: { campaignId: string }) {
  const { t, fmt } = useI18n();
  const [days, setDays] = useState<number>(7);
  const { data, errors, loading } = useQuery(CampaignDryRunDocument, { id: campaignId, days });
  return (
    <Card title={t("campaigns.dryRun.title")}>
      <p className="mb-3 text-sm text-slate-700">{t("campaigns.dryRun.intro")}</p>
      <SelectField id="dry-run-days" className="mb-4 max-w-xs" label={t("campaigns.dryRun.days")} value={String(days)} onValue={(v) => setDays(Number(v))}>
        {DRY_RUN_DAYS.map((d) => (
          <option key={d} value={d}>
            {t("campaigns.dryRun.nextDays", { days: d })}
          </option>
        ))}
      </SelectField>
      <AlertList messages={(errors ?? []).map((e) => describeError(e, t, fmt).message)} testId="dry-run-errors" />
      {data ? (
        <div className={loading ? "opacity-60 transition-opacity" : ""} aria-busy={loading || undefined}>
          <DryRunView dryRun={data.campaignDryRun} />
        </div>
      ) : !errors ? (
        <p className="text-sm text-slate-700">{t("app.loading")}</p>
      ) : null}
    </Card>
  );
}
