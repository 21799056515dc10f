"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { asApiErrors } from "@/lib/api/errors";
import { describeError } from "@/lib/api/messages";

/** What a Relay connection query answers, reduced to what paging needs. */
export interface CursorPage<T> {
  edges: ReadonlyArray<{ node: T }>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

export interface CursorPages<T> {
  /** null until the first page arrives (or while disabled). */
  rows: T[] | null;
  hasMore: boolean;
  loading: boolean;
  /** Error messages in words, empty when the last fetch succeeded. */
  errors: string[];
  loadMore: () => void;
}

/**
 * A Relay connection read page by page on the client: the first page whenever `key` changes (a filter,
 * or a version that says the data changed), the next ones on `loadMore`. An answer that arrives after
 * `key` changed again is dropped, so a slow page never overwrites a newer filter's rows.
 * `fetchPage` should read its inputs from the same render as `key`; `enabled` false waits (no request).
 */
export function useCursorPages<T>(
  fetchPage: (after: string | null) => Promise<CursorPage<T>>,
  key: string,
  enabled = true,
): CursorPages<T> {
  const { t, fmt } = useI18n();
  const [rows, setRows] = useState<T[] | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [hasMore, setHasMore] = useState(false);
  const [loading, setLoading] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const generation = useRef(0);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;

  const load = useCallback(
    async (after: string | null) => {
      const mine = after === null ? ++generation.current : generation.current;
      setLoading(true);
      try {
        const page = await fetchRef.current(after);
        if (mine !== generation.current) return;
        const nodes = page.edges.map((e) => e.node);
        setRows((current) => (after !== null && current ? [...current, ...nodes] : nodes));
        setCursor(page.pageInfo.endCursor ?? null);
        setHasMore(page.pageInfo.hasNextPage);
        setErrors([]);
      } catch (error) {
        if (mine === generation.current) setErrors(asApiErrors(error).map((e) => describeError(e, t, fmt).message));
      } finally {
        if (mine === generation.current) setLoading(false);
      }
    },
    [t, fmt],
  );

  useEffect(() => {
    if (enabled) void load(null);
  }, [key, enabled, load]);

  return { rows, hasMore, loading, errors, loadMore: () => void load(cursor) };
}
