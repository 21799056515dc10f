"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { PreviewSegmentDocument, type PreviewSegmentQuery } from "@/gql/graphql";
import { request } from "@/lib/api/client";
import { asApiErrors, type ApiError } from "@/lib/api/errors";
import { useDebouncedValue } from "@/lib/hooks/useDebouncedValue";
import { previewPlan } from "../preview";
import type { Condition } from "../tree";

/** How long the tree must stay unchanged before it is counted (one request per pause, not per key). */
export const PREVIEW_DELAY_MS = 450;

export interface SegmentPreviewState {
  /** The last answer (kept while a newer one loads, so the count does not flicker). */
  preview: PreviewSegment | null;
  /** The condition `preview` counted (as sent), to put in words beside its count; null before any answer. */
  counted: Condition | null;
  /** The API's refusal of the tree as it was last asked (placed at its nodes by the editor). */
  errors: ApiError[] | null;
  /** A request is on its way or the tree changed since the last answer. */
  updating: boolean;
  /** The tree cannot be counted yet (a fact without its value, an empty group). */
  incomplete: boolean;
  /** Counts the current tree past the live count's cap (a pass over every customer: about a second on a million). */
  countExactly: () => void;
}

export type PreviewSegment = PreviewSegmentQuery["segmentPreview"];

/**
 * The live count of a condition being built: segmentPreview once the tree has stayed the same for
 * PREVIEW_DELAY_MS and only when it is complete; an answer for an older tree is dropped.
 */
export function useSegmentPreview(value: Condition, enabled = true): SegmentPreviewState {
  const plan = useMemo(() => previewPlan(value), [value]);
  const settled = useDebouncedValue(enabled ? plan.key : null, PREVIEW_DELAY_MS);
  const [answer, setAnswer] = useState<{ key: string; preview: PreviewSegment | null; errors: ApiError[] | null } | null>(null);
  const [loading, setLoading] = useState(false);

  // Only the latest request's answer counts (a slow exact count never overwrites a newer tree's).
  const latest = useRef(0);
  const ask = useCallback((key: string, exact: boolean) => {
    const ticket = ++latest.current;
    const current = () => ticket === latest.current;
    setLoading(true);
    request(PreviewSegmentDocument, { condition: JSON.parse(key) as Condition, exact })
      .then((data) => current() && setAnswer({ key, preview: data.segmentPreview, errors: null }))
      .catch((error) => current() && setAnswer((last) => ({ key, preview: last?.preview ?? null, errors: asApiErrors(error) })))
      .finally(() => current() && setLoading(false));
    return () => {
      if (current()) latest.current++;
    };
  }, []);

  useEffect(() => {
    if (!settled) return;
    return ask(settled, false);
  }, [settled, ask]);

  const key = plan.key;
  const countExactly = useCallback(() => {
    if (key) ask(key, true);
  }, [key, ask]);

  const fresh = answer !== null && answer.key === plan.key;
  const countedKey = answer?.preview ? answer.key : null;
  const counted = useMemo(() => (countedKey ? (JSON.parse(countedKey) as Condition) : null), [countedKey]);
  return {
    preview: answer?.preview ?? null,
    counted,
    errors: fresh ? answer.errors : null,
    updating: enabled && plan.key !== null && (loading || !fresh),
    incomplete: plan.key === null,
    countExactly,
  };
}
