"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { useSession } from "@/components/providers/SessionProvider";
import { Alert } from "@/components/ui/Alert";
import { Button, buttonClass } from "@/components/ui/Button";
import { DetailHeader } from "@/components/ui/DetailHeader";
import { Badge, Card } from "@/components/ui/Page";
import { DeleteSegmentDocument, type SegmentDetailFieldsFragment } from "@/gql/graphql";
import { useMutation } from "@/lib/api/hooks";
import { describeError } from "@/lib/api/messages";
import { flash } from "@/stores/flash";
import { NEW_SEGMENT_URL, SEGMENTS_URL, segmentName } from "../names";
import { fromCondition } from "../tree";
import { SegmentEditor } from "./SegmentEditor";
import { SegmentForm } from "./SegmentForm";

/**
 * One segment: Admins edit and delete a saved one; a ready-made one (and any segment for an Analyst)
 * shows its condition read-only with its live count, and Admins can start a copy of it.
 */
export function SegmentDetail({ initial }: { initial: SegmentDetailFieldsFragment }) {
  const { t, fmt } = useI18n();
  const router = useRouter();
  const canManage = useSession((s) => s.can("segments.manage"));
  const [segment, setSegment] = useState(initial);
  const [notice, setNotice] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [remove, removing] = useMutation(DeleteSegmentDocument);
  const editable = canManage && !segment.builtIn;
  const condition = fromCondition(segment.condition);

  useEffect(() => {
    setNotice(flash.getState().take());
  }, []);

  async function deleteSegment() {
    if (!window.confirm(t("segments.confirmDelete", { name: segment.name }))) return;
    const result = await remove({ id: segment.id });
    if (!result.ok) {
      setErrors(result.errors.map((e) => describeError(e, t, fmt).message));
      return;
    }
    flash.getState().show(t("segments.deleted", { name: segment.name }));
    router.push(SEGMENTS_URL);
    router.refresh();
  }

  return (
    <div className="space-y-4">
      <DetailHeader
        name={segmentName(segment, t)}
        nameTestId="segment-title"
        badge={segment.builtIn ? <Badge tone="indigo">{t("segments.builtInBadge")}</Badge> : null}
        actions={
          <>
            {canManage && segment.builtIn ? (
              <Link href={`${NEW_SEGMENT_URL}?from=${encodeURIComponent(segment.id)}`} className={buttonClass("secondary")} data-testid="segment-copy">
                {t("segments.copy")}
              </Link>
            ) : null}
            {editable ? (
              <Button variant="danger" busy={removing} onClick={() => void deleteSegment()} data-testid="segment-delete">
                {t("segments.delete")}
              </Button>
            ) : null}
          </>
        }
        backHref={SEGMENTS_URL}
        backLabel={t("segments.back")}
        notice={notice}
        errors={errors}
        testId="segment"
      />
      {editable ? (
        <Card title={t("segments.editTitle")}>
          <SegmentForm
            key={segment.updatedAt ?? segment.id}
            segment={segment}
            initialCondition={condition}
            onSaved={(saved) => {
              setSegment(saved);
              setNotice(t("segments.saved", { name: saved.name }));
            }}
          />
        </Card>
      ) : (
        <Card>
          {canManage ? (
            segment.builtIn ? <Alert testId="segment-read-only">{t("segments.errors.builtIn")}</Alert> : null
          ) : (
            <Alert testId="segment-read-only">{t("segments.readOnly")}</Alert>
          )}
          <div className="mt-4">
            <SegmentEditor value={condition} onChange={() => {}} readOnly />
          </div>
        </Card>
      )}
    </div>
  );
}
