import { formatNumber } from "@/lib/format";

// A segment's customer count as the panel shows it. The live preview stops counting at a cap (10,000)
// and says so (customerCountIsExact false): then the count reads "10.000+"; a saved segment's count is
// exact. Every count on the segment pages goes through here.

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
