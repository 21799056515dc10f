"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { useSession } from "@/components/providers/SessionProvider";
import { Alert, AlertList } from "@/components/ui/Alert";
import { Button, buttonClass } from "@/components/ui/Button";
import { SelectField, TextField } from "@/components/ui/Field";
import { Badge, PageHeader, TableWrap, td, th } from "@/components/ui/Page";
import { PageNav } from "@/components/ui/PageNav";
import { PushSendsDocument, type PushSendOrigin, type PushSendsQuery, type PushSendStatus, type PushSettingsFieldsFragment } from "@/gql/graphql";
import { request } from "@/lib/api/client";
import { formatDateTime, formatNumber } from "@/lib/format";
import { usePageStack } from "@/lib/hooks/usePageStack";
import { flash } from "@/stores/flash";
import { EMPTY_HISTORY_FILTERS, isLive, LIVE_POLL_MS, PUSH_SENDS_PAGE_SIZE, SEND_ORIGINS, SEND_STATUSES, statusTone, toSendFilter, type HistoryFilters } from "../history";
import { BlockedBanner } from "./BlockedBanner";
import { PushTabs } from "./PushTabs";
import { CompactFigures, ProgressBar } from "./SendFigures";
import { audienceWords } from "../audience";

/** Sends, newest first, with their delivery figures; filters by status and creation day; paged. */
export function PushHistory({ initial, settings }: { initial: PushSendsQuery; settings: PushSettingsFieldsFragment }) {
  const { t, fmt } = useI18n();
  const timeZone = useSession((s) => s.business?.timeZone ?? fmt.timeZone);
  const canSend = useSession((s) => s.can("push.send"));
  const [filters, setFilters] = useState<HistoryFilters>(EMPTY_HISTORY_FILTERS);
  const filter = toSendFilter(filters, timeZone);
  const filterKey = JSON.stringify(filter);
  const [tick, setTick] = useState(0);
  // The server renders the first page without filters (all origins), so the panel's default filter
  // (PANEL origin) reads its own first page on arrival.
  const paging = usePageStack({
    initial: initial.pushSends,
    initialKey: JSON.stringify(null),
    filterKey,
    fetchPage: (after) => request(PushSendsDocument, { first: PUSH_SENDS_PAGE_SIZE, after, filter }).then((data) => data.pushSends),
    refresh: tick,
  });
  const { page, loading, errors } = paging;
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => setNotice(flash.getState().take()), []);

  // Sends still delivering keep their figures moving: refresh the page on screen while any is live.
  const anyLive = page.edges.some((e) => isLive(e.node.status, e.node.scheduledAt));
  useEffect(() => {
    if (!anyLive) return;
    const timer = setInterval(() => document.visibilityState !== "hidden" && setTick((n) => n + 1), LIVE_POLL_MS);
    return () => clearInterval(timer);
  }, [anyLive]);

  const rows = page.edges.map((e) => e.node);
  const filtered = filterKey !== "null";
  const set = (changes: Partial<HistoryFilters>) => setFilters((f) => ({ ...f, ...changes }));

  return (
    <div className="space-y-4">
      <PageHeader
        title={t("push.title")}
        actions={
          canSend ? (
            <Link href="/push/new" className={buttonClass("primary")} data-testid="push-new">
              {t("push.history.new")}
            </Link>
          ) : null
        }
      >
        {canSend ? null : t("push.readOnly")}
      </PageHeader>
      <PushTabs active="history" />
      {notice ? <Alert kind="success" testId="push-notice">{notice}</Alert> : null}
      <BlockedBanner settings={settings} />

      <form className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-5" onSubmit={(e) => e.preventDefault()} aria-label={t("push.history.title")}>
        <SelectField id="sends-status" label={t("push.history.status")} value={filters.status} onValue={(status) => set({ status: status as PushSendStatus | "" })}>
          <option value="">{t("push.history.anyStatus")}</option>
          {SEND_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`push.sendStatus.${s}`)}
            </option>
          ))}
        </SelectField>
        <SelectField id="sends-origin" label={t("push.history.origin")} value={filters.origin} onValue={(origin) => set({ origin: origin as PushSendOrigin | "" })}>
          {SEND_ORIGINS.map((o) => (
            <option key={o} value={o}>
              {t(`push.origin.${o}`)}
            </option>
          ))}
          <option value="">{t("push.history.anyOrigin")}</option>
        </SelectField>
        <TextField id="sends-from" type="date" label={t("push.history.from")} value={filters.from} onValue={(from) => set({ from })} />
        <TextField id="sends-to" type="date" label={t("push.history.to")} value={filters.to} onValue={(to) => set({ to })} />
        {filtered ? (
          <div className="flex items-end">
            <Button variant="ghost" small onClick={() => setFilters(EMPTY_HISTORY_FILTERS)}>
              {t("push.history.clear")}
            </Button>
          </div>
        ) : null}
      </form>

      <AlertList messages={errors} />
      {rows.length === 0 ? (
        <p className="text-slate-700" data-testid="sends-empty">
          {filtered ? t("push.history.emptyFiltered") : t("push.history.empty")}
        </p>
      ) : (
        <div className={loading ? "opacity-60 transition-opacity" : undefined} aria-busy={loading || undefined}>
          <TableWrap label={t("push.history.title")}>
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className={th}>{t("push.col.message")}</th>
                <th scope="col" className={th}>{t("push.col.audience")}</th>
                <th scope="col" className={th}>{t("push.col.status")}</th>
                <th scope="col" className={th}>{t("push.col.when")}</th>
                <th scope="col" className={th}>{t("push.col.progress")}</th>
                <th scope="col" className={`${th} text-right`}>{t("push.figure.skipped")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="sends-table">
              {rows.map((send) => (
                <tr key={send.id} data-testid="send-row">
                  <td className={`${td} font-medium`}>
                    <Link href={`/push/sends/${send.id}`} className="text-indigo-800 underline">
                      {send.title}
                    </Link>
                    {send.createdByName ? <div className="text-xs text-slate-600">{send.createdByName}</div> : null}
                  </td>
                  <td className={td}>{audienceWords(send, { t, fmt })}</td>
                  <td className={td}>
                    <Badge tone={statusTone(send.status)}>{t(`push.sendStatus.${send.status}`)}</Badge>
                  </td>
                  <td className={`${td} whitespace-nowrap`}>
                    {formatDateTime(send.createdAt, fmt)}
                    {send.status === "SCHEDULED" ? <div className="text-xs text-slate-600">{t("push.scheduledFor", { date: formatDateTime(send.scheduledAt, fmt) })}</div> : null}
                  </td>
                  <td className={td}>
                    <ProgressBar counts={send.counts} status={send.status} compact />
                    <CompactFigures counts={send.counts} />
                  </td>
                  <td className={`${td} text-right tabular-nums`}>{formatNumber(send.skipped, fmt.locale, 0)}</td>
                </tr>
              ))}
            </tbody>
          </TableWrap>
        </div>
      )}

      <PageNav paging={paging} empty={rows.length === 0} label={t("push.history.pagination")} previousLabel={t("push.history.previous")} nextLabel={t("push.history.next")} testId="sends" />
    </div>
  );
}
