import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Forbidden } from "@/components/StatusPages";
import { CampaignBuilderOptionsDocument, CampaignDocument } from "@/gql/graphql";
import { can } from "@/lib/permissions";
import { getMe, serverQuery, serverQueryOr } from "@/lib/session/server";
import { CampaignBuilder } from "@/modules/campaigns/components/CampaignBuilder";
import { optionsOf } from "@/modules/campaigns/options";
import { isUuid } from "@/modules/customers/ids";

export const metadata: Metadata = { title: "Edit campaign" };

// Only DRAFT and PAUSED campaigns are editable; the builder explains otherwise.
export default async function EditCampaignPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await getMe();
  if (!can(me.user.role, "campaigns.manage")) return <Forbidden role={me.user.role} />;
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const [result, options] = await Promise.all([serverQueryOr(CampaignDocument, { id }), serverQuery(CampaignBuilderOptionsDocument, {})]);
  if (!result.ok) notFound();
  return <CampaignBuilder campaign={result.data.campaign} options={optionsOf(options)} />;
}
