import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LoyaltyProgramDocument } from "@/gql/graphql";
import { serverQueryOr } from "@/lib/session/server";
import { isUuid } from "@/modules/customers/ids";
import { ProgramSettings } from "@/modules/loyalty/components/ProgramSettings";

export const metadata: Metadata = { title: "Loyalty program" };

// The program and its whole catalogue (withdrawn rewards too) come rendered from the server.
export default async function LoyaltyProgramPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isUuid(id)) notFound();
  // Another business's program is simply not found.
  const result = await serverQueryOr(LoyaltyProgramDocument, { id });
  if (!result.ok) notFound();
  return <ProgramSettings initial={result.data.loyaltyProgram} />;
}
