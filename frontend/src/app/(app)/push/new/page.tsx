import type { Metadata } from "next";
import { Forbidden } from "@/components/StatusPages";
import { CustomerTagsDocument, PushCustomerPickDocument } from "@/gql/graphql";
import { can } from "@/lib/permissions";
import { getMe, getVisibleLocations, serverQuery, serverQueryOr } from "@/lib/session/server";
import { isUuid } from "@/modules/customers/ids";
import { PushComposer } from "@/modules/push/components/PushComposer";

export const metadata: Metadata = { title: "New push" };

// ?customer=<id> (the customer record's "Send a push") opens the composer preset to that customer.
export default async function NewPushPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const me = await getMe();
  if (!can(me.user.role, "push.send")) return <Forbidden role={me.user.role} />;
  const param = (await searchParams).customer;
  const customerId = Array.isArray(param) ? param[0] : param;
  const [picked, tags, locations] = await Promise.all([
    customerId && isUuid(customerId) ? serverQueryOr(PushCustomerPickDocument, { id: customerId }) : null,
    can(me.user.role, "push.sendAny") ? serverQuery(CustomerTagsDocument, {}).then((d) => d.customerTags) : [],
    getVisibleLocations(),
  ]);
  const initialCustomer = picked?.ok ? { id: picked.data.customer.id, displayName: picked.data.customer.displayName } : null;
  return <PushComposer initialCustomer={initialCustomer} tags={tags} locations={locations} />;
}
