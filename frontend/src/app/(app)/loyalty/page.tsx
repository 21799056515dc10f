import type { Metadata } from "next";
import { LoyaltyProgramsDocument } from "@/gql/graphql";
import { serverQuery } from "@/lib/session/server";
import { ProgramsList } from "@/modules/loyalty/components/ProgramsList";
import { PROGRAMS_PAGE_SIZE } from "@/modules/loyalty/paging";

export const metadata: Metadata = { title: "Loyalty" };

// Every role reads the programs (the API: Admin, Staff, Analyst); only Admins see the editing controls.
export default async function LoyaltyPage() {
  const data = await serverQuery(LoyaltyProgramsDocument, { first: PROGRAMS_PAGE_SIZE, includeInactive: false });
  return <ProgramsList initial={data} />;
}
