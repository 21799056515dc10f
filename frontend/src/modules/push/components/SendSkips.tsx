"use client";

import Link from "next/link";
import { useState } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { AlertList } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { Card, TableWrap, td, th } from "@/components/ui/Page";
import { PushSendSkipsDocument, type PushSendSkipsQuery, type PushSkipReason } from "@/gql/graphql";
import { request } from "@/lib/api/client";
import { formatNumber } from "@/lib/format";
import { useCursorPages } from "@/lib/hooks/useCursorPages";
import { SKIPS_PAGE_SIZE } from "../history";

type SkipNode = PushSendSkipsQuery["pushSend"]["skips"]["edges"][number]["node"];

/** Customers the send skipped, per reason in words with counts; the customers of a reason on demand. */
export function SendSkips({ sendId, skipCounts }: { sendId: string; skipCounts: ReadonlyArray<{ reason: PushSkipReason; count: number }> }) {
  const { t, fmt } = useI18n();
  const [reason, setReason] = useState<PushSkipReason | null | undefined>(undefined);
  const counts = skipCounts.filter((s) => s.count > 0);
  // The customers of a reason load once one is picked (undefined: none yet; null: every reason).
  const { rows, hasMore, loading, errors, loadMore } = useCursorPages<SkipNode>(
    async (after) => (await request(PushSendSkipsDocument, { id: sendId, first: SKIPS_PAGE_SIZE, after, reason: reason ?? null })).pushSend.skips,
    String(reason),
    reason !== undefined,
  );

  return (
    <Card title={t("push.detail.skips")}>
      {counts.length === 0 ? (
        <p className="text-sm text-slate-700" data-testid="skips-none">{t("push.detail.noSkips")}</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-md border border-slate-200" data-testid="skip-counts">
          {counts.map((s) => (
            <li key={s.reason} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm" data-testid={`skip-count-${s.reason}`}>
              <span>{t(`push.skip.${s.reason}`)}</span>
              <span className="flex items-center gap-3">
                <span className="font-semibold tabular-nums">{formatNumber(s.count, fmt.locale, 0)}</span>
                <Button small variant="ghost" aria-pressed={reason === s.reason} onClick={() => setReason(s.reason)} data-testid={`skip-show-${s.reason}`} aria-label={t("push.detail.skipsOf", { reason: t(`push.skip.${s.reason}`).toLowerCase() })}>
                  {t("push.detail.showCustomers")}
                </Button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <AlertList messages={errors} />
      {reason !== undefined ? (
        <div className="mt-3 space-y-2">
          <TableWrap label={t("push.detail.skips")}>
            <thead className="bg-slate-50">
              <tr>
                <th scope="col" className={th}>{t("push.col.customer")}</th>
                <th scope="col" className={th}>{t("push.col.reason")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100" data-testid="skips-table">
              {(rows ?? []).map((skip) => (
                <tr key={skip.id} data-testid="skip-row">
                  <td className={td}>
                    {skip.customer ? (
                      <Link href={`/customers/${skip.customer.id}`} className="text-indigo-800 underline">
                        {skip.customer.displayName}
                      </Link>
                    ) : (
                      t("push.detail.unknownCustomer")
                    )}
                  </td>
                  <td className={td}>{t(`push.skip.${skip.reason}`)}</td>
                </tr>
              ))}
            </tbody>
          </TableWrap>
          {hasMore ? (
            <Button small variant="secondary" busy={loading} onClick={loadMore}>
              {t("push.detail.loadMore")}
            </Button>
          ) : null}
        </div>
      ) : null}
    </Card>
  );
}
