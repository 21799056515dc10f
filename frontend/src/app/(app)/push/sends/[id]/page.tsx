import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Forbidden } from "@/components/StatusPages";
import { PushSendDocument } from "@/gql/graphql";
import { can } from "@/lib/permissions";
import { getMe, serverQueryOr } from "@/lib/session/server";
import { isUuid } from "@/modules/customers/ids";
import { PushSendDetail } from "@/modules/push/components/PushSendDetail";

export const metadata: Metadata = { title: "Push send" };

// The send with its figures is rendered on the server; while it delivers the client polls it.
export default async function PushSendPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await getMe();
  if (!can(me.user.role, "push.view")) return <Forbidden role={me.user.role} />;
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const result = await serverQueryOr(PushSendDocument, { id });
  // Another business's send is simply not found.
  if (!result.ok) notFound();
  return <PushSendDetail initial={result.data.pushSend} />;
}
