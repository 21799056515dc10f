import type { Metadata } from "next";
import { Forbidden } from "@/components/StatusPages";
import { SegmentDetailDocument } from "@/gql/graphql";
import { can } from "@/lib/permissions";
import { getMe, serverQueryOr } from "@/lib/session/server";
import { NewSegment } from "@/modules/segments/components/NewSegment";

export const metadata: Metadata = { title: "New segment" };

// A new segment (Admins), empty or, with ?from=<id>, a copy of another (a ready-made one, typically).
export default async function NewSegmentPage({ searchParams }: { searchParams: Promise<{ from?: string | string[] }> }) {
  const me = await getMe();
  if (!can(me.user.role, "segments.manage")) return <Forbidden role={me.user.role} />;
  const { from } = await searchParams;
  const source = typeof from === "string" && from.length > 0 && from.length <= 64 ? await serverQueryOr(SegmentDetailDocument, { id: from }) : null;
  return <NewSegment source={source?.ok ? source.data.segment : null} />;
}
