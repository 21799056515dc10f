import type { Metadata } from "next";
import { Forbidden } from "@/components/StatusPages";
import { SegmentListDocument } from "@/gql/graphql";
import { can } from "@/lib/permissions";
import { getMe, serverQuery } from "@/lib/session/server";
import { SegmentsList, SEGMENTS_PAGE_SIZE } from "@/modules/segments/components/SegmentsList";

export const metadata: Metadata = { title: "Segments" };

// The ready-made and the first saved segments with their counts, rendered on the server; more pages and
// deletions on the client. Staff do not run campaigns: the API refuses them segments, and so does the page.
export default async function SegmentsPage() {
  const me = await getMe();
  if (!can(me.user.role, "segments.view")) return <Forbidden role={me.user.role} />;
  const initial = await serverQuery(SegmentListDocument, { first: SEGMENTS_PAGE_SIZE, includeBuiltIn: true });
  return <SegmentsList initial={initial} />;
}
