"use client";

import { useEffect, useRef, useState } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { asApiErrors } from "@/lib/api/errors";
import { describeError } from "@/lib/api/messages";
import { currentStart, FIRST_PAGE, hasPrevious, nextPage, previousPage, type PageStack } from "@/lib/pagination";

/** What a Relay connection query answers, reduced to what previous/next paging needs. */
export interface StackPage {
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

export interface PageStackPaging<P> {
  /** The page on screen: the server's first page until another one arrives. */
  page: P;
  stack: PageStack;
  /** A page (or other filters) is being read; the list on screen is the previous one. */
  loading: boolean;
  /** Error messages in words, empty when the last read succeeded. */
  errors: string[];
  hasPrevious: boolean;
  hasNext: boolean;
  previous: () => void;
  next: () => void;
}

/**
 * A Relay connection shown one page at a time, with previous and next (the API only pages forward, so the
 * stack remembers where each visited page started). `initial` is the first page the server rendered for
 * the filters whose key is `initialKey`; `filterKey` is the current filters' key, and other filters start
 * again from their first page. An answer that arrives after another request was made is dropped.
 * `refresh` re-reads the page on screen when it changes (a list that follows live figures): such a re-read
 * of the same filters leaves the rows as they are instead of dimming them. `fetchPage` should read its
 * inputs from the same render as `filterKey`.
 */
export function usePageStack<P extends StackPage>({
  initial,
  initialKey,
  filterKey,
  fetchPage,
  refresh = 0,
}: {
  initial: P;
  initialKey: string;
  filterKey: string;
  fetchPage: (after: string | null) => Promise<P>;
  refresh?: number;
}): PageStackPaging<P> {
  const { t, fmt } = useI18n();
  // The page stack belongs to one set of filters: other filters start again from the first page.
  const [paging, setPaging] = useState<{ key: string; stack: PageStack }>({ key: filterKey, stack: FIRST_PAGE });
  const stack = paging.key === filterKey ? paging.stack : FIRST_PAGE;
  const start = currentStart(stack);
  const [page, setPage] = useState(initial);
  const [loading, setLoading] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const loaded = useRef<{ key: string; start: string | null; refresh: number }>({ key: initialKey, start: null, refresh: 0 });
  const ticket = useRef(0);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;

  useEffect(() => {
    const last = loaded.current;
    if (last.key === filterKey && last.start === start && last.refresh === refresh) return;
    const mine = ++ticket.current;
    setLoading(refresh === 0 || last.key !== filterKey);
    fetchRef
      .current(start)
      .then((data) => {
        if (mine !== ticket.current) return;
        loaded.current = { key: filterKey, start, refresh };
        setPage(data);
        setErrors([]);
      })
      .catch((error: unknown) => {
        if (mine === ticket.current) setErrors(asApiErrors(error).map((e) => describeError(e, t, fmt).message));
      })
      .finally(() => {
        if (mine === ticket.current) setLoading(false);
      });
    // The filters are fully described by filterKey; start moves with the page stack.
  }, [filterKey, start, refresh]);

  return {
    page,
    stack,
    loading,
    errors,
    hasPrevious: hasPrevious(stack),
    hasNext: page.pageInfo.hasNextPage,
    previous: () => setPaging({ key: filterKey, stack: previousPage(stack) }),
    next: () => setPaging({ key: filterKey, stack: nextPage(stack, page.pageInfo.endCursor) }),
  };
}
