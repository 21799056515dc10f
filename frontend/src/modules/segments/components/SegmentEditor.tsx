"use client";

import { useId, useMemo } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { AlertList } from "@/components/ui/Alert";
import type { ApiError } from "@/lib/api/errors";
import { formatNumber } from "@/lib/format";
import { localErrors, mergeErrors, segmentErrorsFromApi } from "../errors";
import { useSegmentOptions } from "../hooks/useSegmentOptions";
import { useSegmentPreview } from "../hooks/useSegmentPreview";
import { type Condition, problemsOf, SEGMENT_LIMITS, statsOf } from "../tree";
import { ConditionNode, type TreeContext } from "./ConditionNode";
import { SegmentPreviewPanel } from "./SegmentPreviewPanel";

export interface SegmentEditorProps {
  /** The condition tree (controlled; SegmentConditionInput). Start a new one with `emptyCondition()`. */
  value: Condition;
  /**
   * Every change of the tree, as a new tree (never mutated in place). Each fact holds only the fields it
   * takes, so the value can be sent as it is; it may be incomplete (a tag not typed yet): check with
   * `problemsOf(value)` before saving, and `toInput(value)` gives it trimmed and lower-cased.
   */
  onChange: (value: Condition) => void;
  /**
   * Errors of the last save of whatever holds this condition (createSegment, updateSegment, or a campaign
   * mutation that checked it): BAD_USER_INPUT with extensions.field "condition" lands at the node its
   * extensions.path names; other errors are listed above the tree. The live count places its own.
   */
  serverError?: readonly ApiError[] | null;
  /** Shows the tree and its count without editing controls (Analysts, ready-made segments). */
  readOnly?: boolean;
}

/**
 * The condition tree builder: facts grouped with "all" / "any", negated, nested up to the API's 5
 * levels and 50 facts, each fact with its own fields (tag suggestions and the business's locations
 * read once); beside it the live count (segmentPreview, debounced), the condition in words and a
 * sample of up to 5 customers.
 */
export function SegmentEditor({ value, onChange, serverError, readOnly = false }: SegmentEditorProps) {
  const { t, fmt } = useI18n();
  const tagListId = `${useId()}-tags`;
  const { tags, locations, loading: optionsLoading } = useSegmentOptions();
  const preview = useSegmentPreview(value);
  const stats = statsOf(value);
  const locationNames = useMemo(() => new Map(locations.map((l) => [String(l.id), l.name] as const)), [locations]);

  const errors = useMemo(() => {
    const local = localErrors(problemsOf(value), t, fmt);
    const fromPreview = segmentErrorsFromApi(preview.errors, value, t, fmt);
    const fromSave = segmentErrorsFromApi(serverError, value, t, fmt);
    return mergeErrors(mergeErrors(local, fromPreview), fromSave);
  }, [value, preview.errors, serverError, t, fmt]);
  const previewRefused = (preview.errors ?? []).length > 0;

  const ctx: TreeContext = {
    root: value,
    onChange,
    errors,
    readOnly,
    tags,
    tagListId,
    locations,
    defaults: { tags, locations },
  };
  const atLimit = stats.facts >= SEGMENT_LIMITS.facts || stats.depth >= SEGMENT_LIMITS.depth;

  return (
    <div className="grid gap-4 lg:grid-cols-3" data-testid="segment-editor" data-options={optionsLoading ? "loading" : "ready"}>
      <fieldset className="min-w-0 space-y-2 lg:col-span-2">
        <legend className="text-sm font-medium text-slate-800">{t("segments.editor.label")}</legend>
        <AlertList messages={errors.form} testId="segment-editor-errors" />
        <ConditionNode node={value} path="" ctx={ctx} />
        <p className={`text-xs ${atLimit ? "text-amber-800" : "text-slate-600"}`} data-testid="segment-limits">
          {t("segments.editor.limits", { facts: stats.facts, maxFacts: SEGMENT_LIMITS.facts, depth: stats.depth, maxDepth: SEGMENT_LIMITS.depth })}
          {atLimit && !readOnly ? ` ${t("segments.editor.limitReached", { maxFacts: SEGMENT_LIMITS.facts, maxDepth: SEGMENT_LIMITS.depth, maxChildren: formatNumber(SEGMENT_LIMITS.children, fmt.locale) })}` : ""}
        </p>
        <datalist id={tagListId}>
          {tags.map((tag) => (
            <option key={tag} value={tag} />
          ))}
        </datalist>
      </fieldset>
      <div className="lg:sticky lg:top-20 lg:self-start">
        <SegmentPreviewPanel state={preview} invalid={previewRefused} locations={locationNames} />
      </div>
    </div>
  );
}
