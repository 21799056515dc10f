import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CustomerDocument, CustomerLoyaltyCardsDocument, LoyaltyProgramsDocument } from "@/gql/graphql";
import { getVisibleLocations, serverQueryOr } from "@/lib/session/server";
import { CustomerDetail } from "@/modules/customers/components/CustomerDetail";
import { isUuid } from "@/modules/customers/ids";
import { LoyaltyCardsPanel } from "@/modules/loyalty/components/LoyaltyCardsPanel";

export const metadata: Metadata = { title: "Customer" };

// The record is rendered on the server (first paint shows the customer); the timeline and the
// consent history are fetched on the client, page by page.
export default async function CustomerPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const [result, locations, cards, programs] = await Promise.all([
    serverQueryOr(CustomerDocument, { id }),
    getVisibleLocations(),
    serverQueryOr(CustomerLoyaltyCardsDocument, { customerId: id }),
    serverQueryOr(LoyaltyProgramsDocument, { first: 20, includeInactive: false }),
  ]);
  // Another business's customer is simply not found.
  if (!result.ok) notFound();
  // The loyalty cards are a panel of their own: the record still shows if they cannot be read.
  const loyalty = cards.ok ? (
    <LoyaltyCardsPanel
      customerId={id}
      initialCards={cards.data.customer.loyaltyCards}
      programs={programs.ok ? programs.data.loyaltyPrograms.edges.map((e) => ({ id: e.node.id, name: e.node.name })) : []}
    />
  ) : null;
  return <CustomerDetail initial={result.data.customer} locations={locations} extra={loyalty} />;
}
