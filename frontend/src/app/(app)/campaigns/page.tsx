import type { Metadata } from "next";
import { CampaignBuilderOptionsDocument, CampaignsDocument } from "@/gql/graphql";
import { serverQuery, serverQueryOr } from "@/lib/session/server";
import { CAMPAIGNS_PAGE_SIZE, CampaignsList } from "@/modules/campaigns/components/CampaignsList";
import { lookupOf, optionsOf } from "@/modules/campaigns/options";

export const metadata: Metadata = { title: "Campaigns" };

// Every role reads the list; the names of zones, programs and rewards in the rows come from the
// builder's options when the role may read them (the rows still say what fires them otherwise).
export default async function CampaignsPage() {
  const [initial, options] = await Promise.all([serverQuery(CampaignsDocument, { first: CAMPAIGNS_PAGE_SIZE }), serverQueryOr(CampaignBuilderOptionsDocument, {})]);
  return <CampaignsList initial={initial} lookup={lookupOf(optionsOf(options.ok ? options.data : null))} />;
}
