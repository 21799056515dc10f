import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CampaignBuilderOptionsDocument, CampaignDocument } from "@/gql/graphql";
import { serverQueryOr } from "@/lib/session/server";
import { CampaignDetail } from "@/modules/campaigns/components/CampaignDetail";
import { lookupOf, optionsOf } from "@/modules/campaigns/options";
import { isUuid } from "@/modules/customers/ids";

export const metadata: Metadata = { title: "Campaign" };

// Every role reads a campaign; the actions are the Admins' (the component asks the session).
export default async function CampaignPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const [result, options] = await Promise.all([serverQueryOr(CampaignDocument, { id }), serverQueryOr(CampaignBuilderOptionsDocument, {})]);
  // Another business's campaign is simply not found.
  if (!result.ok) notFound();
  return <CampaignDetail initial={result.data.campaign} lookup={lookupOf(optionsOf(options.ok ? options.data : null))} />;
}
