import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LocationGeofencesDocument } from "@/gql/graphql";
import { serverQueryOr } from "@/lib/session/server";
import { isUuid } from "@/modules/customers/ids";
import { ZonesOverview } from "@/modules/geofences/components/ZonesOverview";

export const metadata: Metadata = { title: "Zones" };

// The location with all its zones (inactive ones too). Another business's location, or one a Staff
// user is not assigned to, is simply not found.
export default async function LocationZonesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const result = await serverQueryOr(LocationGeofencesDocument, { id });
  if (!result.ok) notFound();
  const { geofences, ...location } = result.data.location;
  return <ZonesOverview location={location} zones={geofences} />;
}
