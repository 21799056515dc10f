"use client";

import { useI18n } from "@/components/providers/I18nProvider";
import { AlertList } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { TableWrap, td, th } from "@/components/ui/Page";
import { CardLedgerDocument, type LedgerEntryFieldsFragment } from "@/gql/graphql";
import { request } from "@/lib/api/client";
import { formatDateTime } from "@/lib/format";
import { useCursorPages } from "@/lib/hooks/useCursorPages";
import { actorLabel, signed } from "../actors";
import { LEDGER_PAGE_SIZE } from "../paging";

/**
 * A card's movements, newest first, a page at a time (fetched on the client). `version` changes when
 * the balance moved on this page (an adjustment), which reloads the first page.
 */
export function CardLedger({
  cardId,
  version,
  meId,
  actorNames,
}: {
  cardId: string;
  version: number;
  meId: string | null | undefined;
  actorNames: ReadonlyMap<string, string>;
}) {
  const { t, fmt } = useI18n();
  const { rows: entries, hasMore, loading, errors, loadMore } = useCursorPages<LedgerEntryFieldsFragment>(
    async (after) => (await request(CardLedgerDocument, { cardId, first: LEDGER_PAGE_SIZE, after })).loyaltyCard.ledger,
    `${cardId}|${version}`,
  );

  return (
    <section aria-label={t("cards.ledger")} className="space-y-2" data-testid="card-ledger" data-loaded={entries !== null}>
      <h3 className="font-medium text-slate-900">{t("cards.ledger")}</h3>
      <AlertList messages={errors} testId="ledger-errors" />
      {entries && entries.length === 0 ? <p className="text-sm text-slate-700">{t("cards.ledgerEmpty")}</p> : null}
      {entries && entries.length > 0 ? (
        <TableWrap label={t("cards.ledger")}>
          <thead className="bg-slate-50">
            <tr>
              <th className={th}>{t("cards.ledger.date")}</th>
              <th className={th}>{t("cards.ledger.reason")}</th>
              <th className={th}>{t("cards.ledger.actor")}</th>
              <th className={`${th} text-right`}>{t("cards.ledger.delta")}</th>
              <th className={`${th} text-right`}>{t("cards.ledger.balanceAfter")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {entries.map((entry) => (
              <tr key={entry.id} data-testid="ledger-entry" data-reason={entry.reason}>
                <td className={`${td} whitespace-nowrap`}>{formatDateTime(entry.occurredAt, fmt)}</td>
                <td className={td}>
                  {t(`ledger.${entry.reason}`)}
                  {entry.note ? <span className="block text-xs text-slate-600">{entry.note}</span> : null}
                  {entry.location ? <span className="block text-xs text-slate-600">{entry.location.name}</span> : null}
                </td>
                <td className={td}>{actorLabel(entry.actorUserId ?? null, meId, actorNames, t)}</td>
                <td className={`${td} text-right tabular-nums ${entry.delta < 0 ? "text-red-800" : "text-green-800"}`}>{signed(entry.delta, fmt.locale)}</td>
                <td className={`${td} text-right tabular-nums`}>{entry.balanceAfter.toLocaleString(fmt.locale)}</td>
              </tr>
            ))}
          </tbody>
        </TableWrap>
      ) : null}
      {hasMore ? (
        <Button variant="secondary" small busy={loading} onClick={loadMore} data-testid="ledger-more">
          {t("cards.ledger.more")}
        </Button>
      ) : null}
    </section>
  );
}
