import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Forbidden } from "@/components/StatusPages";
import { LocationGeofencesDocument } from "@/gql/graphql";
import { can } from "@/lib/permissions";
import { getMe, serverQueryOr } from "@/lib/session/server";
import { isUuid } from "@/modules/customers/ids";
import { ZoneCreate } from "@/modules/geofences/components/ZoneCreate";

export const metadata: Metadata = { title: "New zone" };

export default async function NewZonePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const me = await getMe();
  if (!can(me.user.role, "geofences.manage")) return <Forbidden role={me.user.role} />;
  const result = await serverQueryOr(LocationGeofencesDocument, { id });
  if (!result.ok) notFound();
  const { geofences, ...location } = result.data.location;
  return <ZoneCreate location={location} zones={geofences} />;
}
