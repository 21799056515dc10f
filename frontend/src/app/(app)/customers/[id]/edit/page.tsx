import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CustomerDocument } from "@/gql/graphql";
import { getVisibleLocations, serverQueryOr } from "@/lib/session/server";
import { CustomerEditor } from "@/modules/customers/components/CustomerEditor";
import { isUuid } from "@/modules/customers/ids";

export const metadata: Metadata = { title: "Edit customer" };

export default async function EditCustomerPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const [result, locations] = await Promise.all([serverQueryOr(CustomerDocument, { id }), getVisibleLocations()]);
  // Another business's customer is simply not found.
  if (!result.ok) notFound();
  return <CustomerEditor customer={result.data.customer} locations={locations} />;
}
