"use client";

import { useCallback, useState } from "react";
import { CustomerTimelineDocument, type CustomerTimelineQuery } from "@/gql/graphql";
import { request } from "@/lib/api/client";
import { asApiErrors, type ApiError } from "@/lib/api/errors";
import type { TimelineNode } from "../timeline";

const PAGE = 50;
const MAX_PAGES = 4;
export const HISTORY_LIMIT = 20;

/**
 * The latest consent changes, read from the customer's timeline (the API keeps the history there).
 * Scans a few pages at most, so a customer with years of visits still answers quickly; the full
 * history stays on the timeline.
 */
export function useConsentHistory(customerId: string) {
  const [entries, setEntries] = useState<TimelineNode[] | null>(null);
  const [complete, setComplete] = useState(true);
  const [loading, setLoading] = useState(false);
  const [errors, setErrors] = useState<ApiError[] | null>(null);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      const found: TimelineNode[] = [];
      let after: string | null = null;
      let more = true;
      for (let page = 0; page < MAX_PAGES && more && found.length < HISTORY_LIMIT; page++) {
        const data: CustomerTimelineQuery = await request(CustomerTimelineDocument, { customerId, first: PAGE, after });
        found.push(...data.customerTimeline.edges.map((e) => e.node).filter((n) => n.kind === "CONSENT"));
        more = data.customerTimeline.pageInfo.hasNextPage;
        after = data.customerTimeline.pageInfo.endCursor ?? null;
      }
      setEntries(found.slice(0, HISTORY_LIMIT));
      setComplete(!more && found.length <= HISTORY_LIMIT);
      setErrors(null);
    } catch (error) {
      setErrors(asApiErrors(error));
    } finally {
      setLoading(false);
    }
  }, [customerId]);

  return { entries, complete, loading, errors, load };
}
