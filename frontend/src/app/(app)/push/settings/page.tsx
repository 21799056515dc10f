import type { Metadata } from "next";
import { Forbidden } from "@/components/StatusPages";
import { PushSettingsDocument } from "@/gql/graphql";
import { can } from "@/lib/permissions";
import { getMe, serverQuery } from "@/lib/session/server";
import { PushSettingsPanel } from "@/modules/push/components/PushSettingsPanel";

export const metadata: Metadata = { title: "Push settings" };

export default async function PushSettingsPage() {
  const me = await getMe();
  if (!can(me.user.role, "push.view")) return <Forbidden role={me.user.role} />;
  const data = await serverQuery(PushSettingsDocument, {});
  return <PushSettingsPanel initial={data.pushSettings} />;
}
