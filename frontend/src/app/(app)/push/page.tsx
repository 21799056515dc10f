import type { Metadata } from "next";
import { Forbidden } from "@/components/StatusPages";
import { PushSendsDocument, PushSettingsDocument } from "@/gql/graphql";
import { can } from "@/lib/permissions";
import { getMe, serverQuery } from "@/lib/session/server";
import { PushHistory } from "@/modules/push/components/PushHistory";
import { PUSH_SENDS_PAGE_SIZE } from "@/modules/push/history";

export const metadata: Metadata = { title: "Push" };

// The history's first page and the settings (for the blocked banner) are rendered on the server;
// filters, paging and live figures are fetched on the client.
export default async function PushPage() {
  const me = await getMe();
  if (!can(me.user.role, "push.view")) return <Forbidden role={me.user.role} />;
  const [sends, settings] = await Promise.all([serverQuery(PushSendsDocument, { first: PUSH_SENDS_PAGE_SIZE }), serverQuery(PushSettingsDocument, {})]);
  return <PushHistory initial={sends} settings={settings.pushSettings} />;
}
