import type { Metadata } from "next";
import { LocationsDocument } from "@/gql/graphql";
import { can } from "@/lib/permissions";
import { getMe, serverQuery } from "@/lib/session/server";
import { LocationsManager } from "@/modules/locations/components/LocationsManager";
import { LOCATIONS_PAGE_SIZE } from "@/modules/locations/paging";

export const metadata: Metadata = { title: "Locations" };

export default async function LocationsPage() {
  const me = await getMe();
  const data = await serverQuery(LocationsDocument, { first: LOCATIONS_PAGE_SIZE, includeInactive: false });
  return <LocationsManager initial={data} includeInactive={false} key={can(me.user.role, "locations.manage") ? "admin" : "read"} />;
}
