import type { Metadata } from "next";
import { Forbidden } from "@/components/StatusPages";
import { CampaignBuilderOptionsDocument } from "@/gql/graphql";
import { can } from "@/lib/permissions";
import { getMe, serverQuery } from "@/lib/session/server";
import { CampaignBuilder } from "@/modules/campaigns/components/CampaignBuilder";
import { optionsOf } from "@/modules/campaigns/options";

export const metadata: Metadata = { title: "New campaign" };

export default async function NewCampaignPage() {
  const me = await getMe();
  if (!can(me.user.role, "campaigns.manage")) return <Forbidden role={me.user.role} />;
  const options = await serverQuery(CampaignBuilderOptionsDocument, {});
  return <CampaignBuilder options={optionsOf(options)} />;
}
