import type { Metadata } from "next";
import { getVisibleLocations } from "@/lib/session/server";
import { CustomerEditor } from "@/modules/customers/components/CustomerEditor";

export const metadata: Metadata = { title: "New customer" };

export default async function NewCustomerPage() {
  return <CustomerEditor customer={null} locations={await getVisibleLocations()} />;
}
