import { formatNumber } from "@/lib/format";

// A segment's customer count as the panel shows it. The API counts exactly today; a faster preview may
// stop counting at a cap and say so (exact false): then the count reads "12,345+". Every count on the
// segment pages goes through here, so adopting a capped count is one change.

export interface SegmentCount {
  value: number;
  /** False when there are more customers than value (a count that stopped at a cap). */
  exact: boolean;
}

/** The count of an API answer (segmentPreview, Segment); `exact` is absent while the API counts exactly. */
export function countOf(answer: { customerCount: number; customerCountIsExact?: boolean | null }): SegmentCount {
  return { value: answer.customerCount, exact: answer.customerCountIsExact ?? true };
}

/** "1.234" or, for a capped count, "12.345+". */
export function formatCount(count: SegmentCount, locale: string): string {
  return `${formatNumber(count.value, locale)}${count.exact ? "" : "+"}`;
}
