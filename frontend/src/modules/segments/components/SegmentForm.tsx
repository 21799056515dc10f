"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { Alert } from "@/components/ui/Alert";
import { Button, buttonClass } from "@/components/ui/Button";
import { TextField } from "@/components/ui/Field";
import { CreateSegmentDocument, type SegmentDetailFieldsFragment, UpdateSegmentDocument } from "@/gql/graphql";
import type { ApiError } from "@/lib/api/errors";
import { useMutation } from "@/lib/api/hooks";
import { flash } from "@/stores/flash";
import { segmentErrorsFromApi } from "../errors";
import { SEGMENTS_URL, segmentUrl } from "../names";
import { type Condition, problemsOf, toInput } from "../tree";
import { SegmentEditor } from "./SegmentEditor";

export const SEGMENT_NAME_MAX = 120;

/**
 * Creates a segment or edits a saved one: its name and its condition (the editor with the live count).
 * The API's refusals land beside the name or at the condition's node; a new segment opens its own page.
 */
export function SegmentForm({
  segment,
  initialName = "",
  initialCondition,
  onSaved,
}: {
  /** The saved segment being edited; absent to create one. */
  segment?: SegmentDetailFieldsFragment;
  initialName?: string;
  initialCondition: Condition;
  onSaved?: (segment: SegmentDetailFieldsFragment) => void;
}) {
  const { t, fmt } = useI18n();
  const router = useRouter();
  const [name, setName] = useState(segment?.name ?? initialName);
  const [condition, setCondition] = useState<Condition>(initialCondition);
  const [serverErrors, setServerErrors] = useState<ApiError[] | null>(null);
  const [nameError, setNameError] = useState<string | null>(null);
  const [treeHint, setTreeHint] = useState(false);
  const [create, creating] = useMutation(CreateSegmentDocument);
  const [update, updating] = useMutation(UpdateSegmentDocument);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    const nameProblem = trimmed.length === 0 || trimmed.length > SEGMENT_NAME_MAX ? t("segments.validation.name") : null;
    const incomplete = problemsOf(condition).length > 0;
    setNameError(nameProblem);
    setTreeHint(incomplete);
    if (nameProblem || incomplete) return;
    const input = { name: trimmed, condition: toInput(condition) };
    const result = segment ? await update({ id: segment.id, input }) : await create({ input });
    if (!result.ok) {
      setServerErrors(result.errors);
      setNameError(segmentErrorsFromApi(result.errors, condition, t, fmt).name ?? null);
      return;
    }
    setServerErrors(null);
    const saved = "createSegment" in result.data ? result.data.createSegment : result.data.updateSegment;
    if (segment) {
      onSaved?.(saved);
      return;
    }
    flash.getState().show(t("segments.created", { name: saved.name }));
    router.push(segmentUrl(saved.id));
    router.refresh();
  }

  return (
    <form className="space-y-4" onSubmit={(e) => void submit(e)} noValidate data-testid="segment-form">
      <TextField
        id="segment-name"
        label={t("segments.form.name")}
        hint={t("segments.form.nameHint")}
        required
        maxLength={SEGMENT_NAME_MAX + 20}
        value={name}
        error={nameError}
        onValue={(value) => {
          setName(value);
          setNameError(null);
        }}
        className="max-w-xl"
      />
      <SegmentEditor
        value={condition}
        onChange={(next) => {
          setCondition(next);
          // Paths of an earlier refusal may no longer name the same nodes; the live count re-checks.
          setServerErrors(null);
          setTreeHint(false);
        }}
        serverError={serverErrors?.filter((e) => e.field !== "name")}
      />
      {treeHint ? <Alert kind="error" testId="segment-form-tree">{t("segments.form.fixTree")}</Alert> : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" busy={creating || updating} data-testid="segment-submit">
          {t("segments.form.save")}
        </Button>
        <Link href={SEGMENTS_URL} className={buttonClass("secondary")}>
          {t("segments.form.cancel")}
        </Link>
      </div>
    </form>
  );
}
