"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { useSession } from "@/components/providers/SessionProvider";
import { Alert, AlertList } from "@/components/ui/Alert";
import { Button, buttonClass } from "@/components/ui/Button";
import { SelectField } from "@/components/ui/Field";
import { Badge, PageHeader, TableWrap, td, th } from "@/components/ui/Page";
import { PageNav } from "@/components/ui/PageNav";
import { CampaignsDocument, type CampaignFilter, type CampaignKind, type CampaignRowFragment, type CampaignsQuery, type CampaignStatus } from "@/gql/graphql";
import { request } from "@/lib/api/client";
import { EMPTY, formatDateTime } from "@/lib/format";
import { usePageStack } from "@/lib/hooks/usePageStack";
import { flash } from "@/stores/flash";
import { CAMPAIGN_KINDS } from "../builder";
import { segmentName } from "../segmentParts";
import type { NameLookup } from "../words";
import { kindWords, statusTone } from "../words";
import { CompactFunnel } from "./Figures";

export const CAMPAIGNS_PAGE_SIZE = 20;
export const CAMPAIGN_STATUSES: readonly CampaignStatus[] = ["DRAFT", "SCHEDULED", "ACTIVE", "PAUSED", "COMPLETED", "ARCHIVED"];

export interface ListFilters {
  status: CampaignStatus | "";
  kind: CampaignKind | "";
  includeArchived: boolean;
}

export const EMPTY_LIST_FILTERS: ListFilters = { status: "", kind: "", includeArchived: false };

/** The list's filters as the API's CampaignFilter (archived ones hidden unless asked for). */
export function toCampaignFilter(filters: ListFilters): CampaignFilter | null {
  const filter: CampaignFilter = {};
  if (filters.status) filter.status = [filters.status];
  if (filters.kind) filter.kind = filters.kind;
  if (filters.includeArchived) filter.includeArchived = true;
  return Object.keys(filter).length > 0 ? filter : null;
}

/** The rows of a page: name, status, what starts it in words, next run and the funnel. */
export function CampaignsTable({ rows, lookup }: { rows: readonly CampaignRowFragment[]; lookup?: NameLookup }) {
  const { t, fmt } = useI18n();
  return (
    <TableWrap label={t("campaigns.title")}>
      <thead className="bg-slate-50">
        <tr>
          <th scope="col" className={th}>{t("campaigns.col.name")}</th>
          <th scope="col" className={th}>{t("campaigns.col.status")}</th>
          <th scope="col" className={th}>{t("campaigns.col.when")}</th>
          <th scope="col" className={th}>{t("campaigns.col.nextRun")}</th>
          <th scope="col" className={th}>{t("campaigns.col.funnel")}</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100" data-testid="campaigns-table">
        {rows.map((c) => (
          <tr key={c.id} data-testid="campaign-row" data-status={c.status}>
            <td className={`${td} font-medium`}>
              <Link href={`/campaigns/${c.id}`} className="text-indigo-800 underline">
                {c.name}
              </Link>
              <div className="text-xs text-slate-600">{c.segment ? t("campaigns.list.segment", { name: segmentName(c.segment, t) }) : t("campaigns.segment.everyone")}</div>
            </td>
            <td className={td}>
              <Badge tone={statusTone(c.status)}>{t(`campaigns.status.${c.status}`)}</Badge>
            </td>
            <td className={td}>
              <div className="text-xs font-semibold uppercase tracking-wide text-slate-600">{t(`campaigns.kind.${c.kind}`)}</div>
              <div data-testid="row-when">{kindWords(c, t, fmt, lookup)}</div>
            </td>
            <td className={`${td} whitespace-nowrap`}>{c.nextRunAt ? formatDateTime(c.nextRunAt, fmt) : EMPTY}</td>
            <td className={td}>
              <CompactFunnel funnel={c.funnel} />
            </td>
          </tr>
        ))}
      </tbody>
    </TableWrap>
  );
}

/** Campaigns, newest first, filtered by status and kind, paged; archived ones only on demand. */
export function CampaignsList({ initial, lookup }: { initial: CampaignsQuery; lookup?: NameLookup }) {
  const { t } = useI18n();
  const canManage = useSession((s) => s.can("campaigns.manage"));
  const [filters, setFilters] = useState<ListFilters>(EMPTY_LIST_FILTERS);
  const filter = toCampaignFilter(filters);
  const filterKey = JSON.stringify(filter);
  // The server renders the first page without filters.
  const paging = usePageStack({
    initial: initial.campaigns,
    initialKey: JSON.stringify(null),
    filterKey,
    fetchPage: (after) => request(CampaignsDocument, { first: CAMPAIGNS_PAGE_SIZE, after, filter }).then((data) => data.campaigns),
  });
  const { loading, errors } = paging;
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => setNotice(flash.getState().take()), []);

  const rows = paging.page.edges.map((e) => e.node);
  const filtered = filterKey !== "null";
  const set = (changes: Partial<ListFilters>) => setFilters((f) => ({ ...f, ...changes }));

  return (
    <div className="space-y-4">
      <PageHeader
        title={t("campaigns.title")}
        actions={
          canManage ? (
            <Link href="/campaigns/new" className={buttonClass("primary")} data-testid="campaign-new">
              {t("campaigns.list.new")}
            </Link>
          ) : null
        }
      >
        {canManage ? t("campaigns.list.subtitle") : <span data-testid="campaigns-read-only">{t("campaigns.readOnly")}</span>}
      </PageHeader>
      {notice ? <Alert kind="success" testId="campaigns-notice">{notice}</Alert> : null}
      <form className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-4" onSubmit={(e) => e.preventDefault()} aria-label={t("campaigns.list.filters")}>
        <SelectField id="campaigns-status" label={t("campaigns.col.status")} value={filters.status} onValue={(status) => set({ status: status as CampaignStatus | "" })}>
          <option value="">{t("campaigns.list.anyStatus")}</option>
          {CAMPAIGN_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`campaigns.status.${s}`)}
            </option>
          ))}
        </SelectField>
        <SelectField id="campaigns-kind" label={t("campaigns.field.kind")} value={filters.kind} onValue={(kind) => set({ kind: kind as CampaignKind | "" })}>
          <option value="">{t("campaigns.list.anyKind")}</option>
          {CAMPAIGN_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`campaigns.kind.${k}`)}
            </option>
          ))}
        </SelectField>
        <label className="flex items-end gap-2 pb-2 text-sm text-slate-800">
          <input type="checkbox" checked={filters.includeArchived} onChange={(e) => set({ includeArchived: e.target.checked })} data-testid="campaigns-archived" />
          {t("campaigns.list.showArchived")}
        </label>
        {filtered ? (
          <div className="flex items-end">
            <Button variant="ghost" small onClick={() => setFilters(EMPTY_LIST_FILTERS)}>
              {t("campaigns.list.clear")}
            </Button>
          </div>
        ) : null}
      </form>
      <AlertList messages={errors} />
      {rows.length === 0 ? (
        <p className="text-slate-700" data-testid="campaigns-empty">
          {filtered ? t("campaigns.list.emptyFiltered") : t("campaigns.list.empty")}
        </p>
      ) : (
        <div className={loading ? "opacity-60 transition-opacity" : undefined} aria-busy={loading || undefined}>
          <CampaignsTable rows={rows} lookup={lookup} />
        </div>
      )}
      <PageNav paging={paging} empty={rows.length === 0} label={t("campaigns.list.pagination")} previousLabel={t("campaigns.list.previous")} nextLabel={t("campaigns.list.next")} testId="campaigns" />
    </div>
  );
}
