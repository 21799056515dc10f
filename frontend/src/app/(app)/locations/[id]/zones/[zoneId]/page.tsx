import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { GeofenceDocument } from "@/gql/graphql";
import { serverQueryOr } from "@/lib/session/server";
import { isUuid } from "@/modules/customers/ids";
import { ZoneDetail } from "@/modules/geofences/components/ZoneDetail";

export const metadata: Metadata = { title: "Zone" };

// One zone with its location and the location's other zones; its activity and events load on the
// client. A zone of another business (or of a location a Staff user does not have), or one opened
// under another location's path, is not found.
export default async function ZonePage({ params }: { params: Promise<{ id: string; zoneId: string }> }) {
  const { id, zoneId } = await params;
  if (!isUuid(id) || !isUuid(zoneId)) notFound();
  const result = await serverQueryOr(GeofenceDocument, { id: zoneId });
  if (!result.ok) notFound();
  const { location: withZones, ...zone } = result.data.geofence;
  if (withZones.id !== id) notFound();
  const { geofences, ...location } = withZones;
  return <ZoneDetail location={location} initial={zone} siblings={geofences} />;
}
