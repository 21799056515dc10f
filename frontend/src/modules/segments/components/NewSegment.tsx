"use client";

import { useI18n } from "@/components/providers/I18nProvider";
import { Card, PageHeader } from "@/components/ui/Page";
import type { SegmentDetailFieldsFragment } from "@/gql/graphql";
import Link from "next/link";
import { SEGMENTS_URL, segmentName } from "../names";
import { emptyCondition, fromCondition } from "../tree";
import { SegmentForm } from "./SegmentForm";

/** The new-segment page: an empty condition, or a copy of source (named "Copy of …"). */
export function NewSegment({ source }: { source: SegmentDetailFieldsFragment | null }) {
  const { t } = useI18n();
  return (
    <div className="space-y-4">
      <PageHeader title={t("segments.createTitle")}>
        <Link href={SEGMENTS_URL} className="text-indigo-800 underline">
          {t("segments.back")}
        </Link>
      </PageHeader>
      <Card>
        <SegmentForm
          initialName={source ? t("segments.copyName", { name: segmentName(source, t) }) : ""}
          initialCondition={source ? fromCondition(source.condition) : emptyCondition()}
        />
      </Card>
    </div>
  );
}
