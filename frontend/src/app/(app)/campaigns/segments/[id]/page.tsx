import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Forbidden } from "@/components/StatusPages";
import { SegmentDetailDocument } from "@/gql/graphql";
import { can } from "@/lib/permissions";
import { getMe, serverQueryOr } from "@/lib/session/server";
import { SegmentDetail } from "@/modules/segments/components/SegmentDetail";

export const metadata: Metadata = { title: "Segment" };

// A saved segment (by its id) or a ready-made one (rfm:champions...); another business's is not found.
export default async function SegmentPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await getMe();
  if (!can(me.user.role, "segments.view")) return <Forbidden role={me.user.role} />;
  const { id: raw } = await params;
  const id = raw.includes("%") ? decodeURIComponent(raw) : raw;
  if (id.length === 0 || id.length > 64) notFound();
  const result = await serverQueryOr(SegmentDetailDocument, { id });
  if (!result.ok) notFound();
  return <SegmentDetail initial={result.data.segment} />;
}
