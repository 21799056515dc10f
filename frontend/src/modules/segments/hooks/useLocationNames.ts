"use client";

import { useMemo } from "react";
import { SegmentLocationNamesDocument } from "@/gql/graphql";
import { useQuery } from "@/lib/api/hooks";
import { findFacts, fromCondition } from "../tree";

/** True when any of the conditions tests a location (so its name is worth reading). */
export function testsALocation(conditions: readonly unknown[]): boolean {
  return conditions.some((c) => findFacts(fromCondition(c), (fact) => fact.fact === "VISITED_LOCATION").length > 0);
}

/**
 * The business's location names by id (inactive ones too), for conditions in words; read only when
 * `needed` (most segments test no location), an empty map until then.
 */
export function useLocationNames(needed: boolean): ReadonlyMap<string, string> {
  const { data } = useQuery(SegmentLocationNamesDocument, {}, { skip: !needed });
  return useMemo(() => new Map((data?.locations.edges ?? []).map(({ node }) => [String(node.id), node.name] as const)), [data]);
}
