"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { useSession } from "@/components/providers/SessionProvider";
import { Alert, AlertList } from "@/components/ui/Alert";
import { Button, buttonClass } from "@/components/ui/Button";
import { Card, PageHeader, TableWrap, td, th } from "@/components/ui/Page";
import { DeleteSegmentDocument, SegmentListDocument, type SegmentListQuery, type SegmentRowFragment } from "@/gql/graphql";
import { request } from "@/lib/api/client";
import { useMutation } from "@/lib/api/hooks";
import { describeError } from "@/lib/api/messages";
import { formatDate } from "@/lib/format";
import { useCursorPages } from "@/lib/hooks/useCursorPages";
import { flash } from "@/stores/flash";
import { countOf, formatCount } from "../count";
import { testsALocation, useLocationNames } from "../hooks/useLocationNames";
import { NEW_SEGMENT_URL, segmentName, segmentUrl } from "../names";
import { conditionWords } from "../words";

/** Saved segments per page (the ready-made ones come first on the first page, apart from these). */
export const SEGMENTS_PAGE_SIZE = 25;

interface RowsProps {
  rows: readonly SegmentRowFragment[];
  builtIn: boolean;
  canManage: boolean;
  onDelete: (s: SegmentRowFragment) => void;
  deleting: string | null;
  /** Location names by id, for conditions that test a location. */
  locations: ReadonlyMap<string, string>;
}

function Rows({ rows, builtIn, canManage, onDelete, deleting, locations }: RowsProps) {
  const { t, fmt } = useI18n();
  return (
    <TableWrap label={t(builtIn ? "segments.builtInTitle" : "segments.savedTitle")}>
      <thead className="bg-slate-50">
        <tr>
          <th scope="col" className={th}>{t("segments.col.name")}</th>
          <th scope="col" className={th}>{t("segments.col.description")}</th>
          <th scope="col" className={`${th} text-right`}>{t("segments.col.customers")}</th>
          {builtIn ? null : <th scope="col" className={th}>{t("segments.col.updated")}</th>}
          {builtIn || !canManage ? null : <th scope="col" className={th}><span className="sr-only">{t("segments.col.actions")}</span></th>}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100" data-testid={builtIn ? "segments-builtin" : "segments-saved"}>
        {rows.map((s) => (
          <tr key={s.id} data-testid="segment-row" data-id={s.id}>
            <td className={td}>
              <Link href={segmentUrl(s.id)} className="font-medium text-indigo-800 underline" data-testid="segment-link">
                {segmentName(s, t)}
              </Link>
            </td>
            <td className={`${td} text-slate-700`} data-testid="segment-row-words">
              {conditionWords(s.condition, { t, fmt, locations })}
            </td>
            <td className={`${td} text-right tabular-nums`} data-testid="segment-row-count">
              {formatCount(countOf(s), fmt.locale)}
            </td>
            {builtIn ? null : <td className={td}>{formatDate(s.updatedAt ?? s.createdAt, fmt)}</td>}
            {builtIn || !canManage ? null : (
              <td className={`${td} whitespace-nowrap`}>
                <Link href={segmentUrl(s.id)} className={buttonClass("ghost", true)}>
                  {t("segments.edit")}
                </Link>
                <Button small variant="ghost" className="text-red-800" busy={deleting === s.id} aria-label={t("segments.deleteNamed", { name: s.name })} onClick={() => onDelete(s)} data-testid="segment-delete">
                  {t("segments.delete")}
                </Button>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </TableWrap>
  );
}

/**
 * The segments page: the ready-made RFM segments apart, then the saved ones (newest first, page by
 * page), each with how many customers match now. Admins create, edit and delete; Analysts read.
 */
export function SegmentsList({ initial }: { initial: SegmentListQuery }) {
  const { t, fmt } = useI18n();
  const canManage = useSession((s) => s.can("segments.manage"));
  const [version, setVersion] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [remove] = useMutation(DeleteSegmentDocument);
  const pages = useCursorPages<SegmentRowFragment>(
    async (after) => (await request(SegmentListDocument, { first: SEGMENTS_PAGE_SIZE, after, includeBuiltIn: true })).segments,
    String(version),
  );
  const rows = pages.rows ?? initial.segments.edges.map((e) => e.node);
  const hasMore = pages.rows ? pages.hasMore : initial.segments.pageInfo.hasNextPage;
  const builtIn = rows.filter((s) => s.builtIn);
  const saved = rows.filter((s) => !s.builtIn);
  const locations = useLocationNames(testsALocation(rows.map((s) => s.condition)));

  useEffect(() => {
    setNotice(flash.getState().take());
  }, []);

  async function deleteSegment(segment: SegmentRowFragment) {
    if (!window.confirm(t("segments.confirmDelete", { name: segment.name }))) return;
    setDeleting(segment.id);
    const result = await remove({ id: segment.id });
    setDeleting(null);
    if (!result.ok) {
      setErrors(result.errors.map((e) => describeError(e, t, fmt).message));
      return;
    }
    setErrors([]);
    setNotice(t("segments.deleted", { name: segment.name }));
    setVersion((v) => v + 1);
  }

  return (
    <div className="space-y-4">
      <PageHeader
        title={t("segments.title")}
        actions={
          canManage ? (
            <Link href={NEW_SEGMENT_URL} className={buttonClass("primary")} data-testid="new-segment">
              {t("segments.new")}
            </Link>
          ) : null
        }
      >
        <p>{t("segments.subtitle")}</p>
        <Link href="/campaigns" className="text-indigo-800 underline">
          {t("segments.backToCampaigns")}
        </Link>
      </PageHeader>
      {notice ? <Alert kind="success" testId="segments-notice">{notice}</Alert> : null}
      <AlertList messages={[...errors, ...pages.errors]} testId="segments-errors" />
      {canManage ? null : <Alert testId="segments-read-only">{t("segments.readOnly")}</Alert>}

      <Card title={t("segments.builtInTitle")}>
        <p className="mb-3 text-sm text-slate-700">{t("segments.builtInHint")}</p>
        <Rows rows={builtIn} builtIn canManage={canManage} onDelete={() => {}} deleting={null} locations={locations} />
      </Card>

      <Card title={t("segments.savedTitle")}>
        {saved.length === 0 && !hasMore ? (
          <p className="text-sm text-slate-700" data-testid="segments-empty">
            {t(canManage ? "segments.emptyAdmin" : "segments.empty")}
          </p>
        ) : (
          <Rows rows={saved} builtIn={false} canManage={canManage} onDelete={(s) => void deleteSegment(s)} deleting={deleting} locations={locations} />
        )}
        {hasMore ? (
          <div className="mt-3">
            <Button small variant="secondary" busy={pages.loading} onClick={pages.loadMore} data-testid="segments-more">
              {t("segments.loadMore")}
            </Button>
          </div>
        ) : null}
      </Card>
    </div>
  );
}
