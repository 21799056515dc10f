"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { CustomerTimelineDocument } from "@/gql/graphql";
import { request } from "@/lib/api/client";
import { asApiErrors, type ApiError } from "@/lib/api/errors";
import { appendUnique, type TimelineNode } from "../timeline";

export const TIMELINE_PAGE_SIZE = 20;

export interface TimelineState {
  entries: TimelineNode[];
  hasMore: boolean;
  loading: boolean;
  errors: ApiError[] | null;
  loadMore: () => Promise<void>;
  /** Starts again from the newest entry (after something was added). */
  reload: () => Promise<void>;
}

/** A customer's timeline, page by page (newest first), fetched on the client. */
export function useTimeline(customerId: string, pageSize = TIMELINE_PAGE_SIZE): TimelineState {
  const [entries, setEntries] = useState<TimelineNode[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [hasMore, setHasMore] = useState(true);
  const [loading, setLoading] = useState(false);
  const [errors, setErrors] = useState<ApiError[] | null>(null);
  const generation = useRef(0);
  const busy = useRef(false);

  const fetchPage = useCallback(
    async (after: string | null, replace: boolean) => {
      const mine = replace ? ++generation.current : generation.current;
      busy.current = true;
      setLoading(true);
      try {
        const data = await request(CustomerTimelineDocument, { customerId, first: pageSize, after });
        if (mine !== generation.current) return;
        const page = data.customerTimeline.edges.map((e) => e.node);
        setEntries((current) => (replace ? page : appendUnique(current, page)));
        setCursor(data.customerTimeline.pageInfo.endCursor ?? null);
        setHasMore(data.customerTimeline.pageInfo.hasNextPage);
        setErrors(null);
      } catch (error) {
        if (mine === generation.current) setErrors(asApiErrors(error));
      } finally {
        if (mine === generation.current) {
          busy.current = false;
          setLoading(false);
        }
      }
    },
    [customerId, pageSize],
  );

  useEffect(() => {
    void fetchPage(null, true);
  }, [fetchPage]);

  const loadMore = useCallback(async () => {
    if (busy.current || !hasMore) return;
    await fetchPage(cursor, false);
  }, [fetchPage, cursor, hasMore]);

  const reload = useCallback(() => fetchPage(null, true), [fetchPage]);

  return { entries, hasMore, loading, errors, loadMore, reload };
}
