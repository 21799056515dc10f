import type { SegmentNodeL1Fragment } from "@/gql/graphql";
import type { Condition } from "./tree";

// Conditions as the API answers them (every field present, null when absent), for the tests of the
// pages that put a segment's condition in words.

const FIELDS = ["fact", "op", "number", "days", "date", "tag", "locationId", "month", "consent", "platform"] as const;

function node(value: Condition): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of FIELDS) out[field] = value[field] ?? null;
  out.all = value.all ? value.all.map(node) : null;
  out.any = value.any ? value.any.map(node) : null;
  out.not = value.not ? node(value.not) : null;
  return out;
}

/** An editor value as the API's SegmentCondition (the tree is at most 5 levels deep, as the API's). */
export function apiCondition(value: Condition): SegmentNodeL1Fragment {
  return node(value) as unknown as SegmentNodeL1Fragment;
}

/** rfm:champions as the API defines it: last visit in the last 30 days and 10 or more visits. */
export const CHAMPIONS_CONDITION = apiCondition({
  all: [
    { fact: "LAST_VISIT", op: "WITHIN_LAST_DAYS", days: 30 },
    { fact: "VISIT_COUNT", op: "GTE", number: 10 },
  ],
});
