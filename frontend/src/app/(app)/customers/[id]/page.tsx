import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CustomerDocument } from "@/gql/graphql";
import { getVisibleLocations, serverQueryOr } from "@/lib/session/server";
import { CustomerDetail } from "@/modules/customers/components/CustomerDetail";
import { isUuid } from "@/modules/customers/ids";

export const metadata: Metadata = { title: "Customer" };

// The record is rendered on the server (first paint shows the customer); the timeline and the
// consent history are fetched on the client, page by page.
export default async function CustomerPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const [result, locations] = await Promise.all([serverQueryOr(CustomerDocument, { id }), getVisibleLocations()]);
  // Another business's customer is simply not found.
  if (!result.ok) notFound();
  return <CustomerDetail initial={result.data.customer} locations={locations} />;
}
