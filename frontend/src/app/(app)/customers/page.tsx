import type { Metadata } from "next";
import { CustomersDocument, CustomerTagsDocument } from "@/gql/graphql";
import { getVisibleLocations, serverQuery } from "@/lib/session/server";
import { CustomersList } from "@/modules/customers/components/CustomersList";
import { CUSTOMERS_PAGE_SIZE, parseListQuery, toCustomerFilter } from "@/modules/customers/filters";

export const metadata: Metadata = { title: "Customers" };

// First page for the URL's filters rendered on the server; the list takes over on the client.
export default async function CustomersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = parseListQuery(await searchParams);
  const [data, tags, locations] = await Promise.all([
    serverQuery(CustomersDocument, { first: CUSTOMERS_PAGE_SIZE, filter: toCustomerFilter(query) }),
    serverQuery(CustomerTagsDocument, {}),
    getVisibleLocations(),
  ]);
  return (
    <CustomersList
      initial={data}
      initialQuery={query}
      tags={tags.customerTags}
      locations={locations}
    />
  );
}
