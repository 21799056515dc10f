import type { Metadata } from "next";
import { Forbidden } from "@/components/StatusPages";
import { can } from "@/lib/permissions";
import { getMe } from "@/lib/session/server";
import { CustomerImport } from "@/modules/customers/components/CustomerImport";

export const metadata: Metadata = { title: "Import customers" };

export default async function ImportCustomersPage() {
  const me = await getMe();
  // Staff and Analysts cannot import (the API refuses it too).
  if (!can(me.user.role, "customers.import")) return <Forbidden role={me.user.role} />;
  return <CustomerImport />;
}
