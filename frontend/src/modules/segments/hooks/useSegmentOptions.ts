"use client";

import { SegmentEditorOptionsDocument } from "@/gql/graphql";
import { useQuery } from "@/lib/api/hooks";

export interface SegmentOptions {
  /** Tags in use in the business (suggestions for TAG facts). */
  tags: readonly string[];
  /** The business's active locations (for VISITED_LOCATION facts). */
  locations: ReadonlyArray<{ id: string; name: string }>;
  loading: boolean;
}

/** What the condition editor offers to choose from, read once when it opens. */
export function useSegmentOptions(): SegmentOptions {
  const { data, loading } = useQuery(SegmentEditorOptionsDocument, {});
  return {
    tags: data?.customerTags ?? [],
    locations: data?.locations.edges.map((e) => e.node).filter((l) => l.active) ?? [],
    loading,
  };
}
