import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LocationDocument, LocationQuotaDocument } from "@/gql/graphql";
import { can } from "@/lib/permissions";
import { getMe, serverQuery, serverQueryOr } from "@/lib/session/server";
import { timeZoneOptions } from "@/lib/timezones";
import { LocationDetails } from "@/modules/locations/components/LocationDetails";
import { LocationEditor } from "@/modules/locations/components/LocationEditor";

export const metadata: Metadata = { title: "Location" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function LocationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!UUID.test(id)) notFound();
  const me = await getMe();
  // Another business's location, or one a Staff user is not assigned to, is simply not found.
  const result = await serverQueryOr(LocationDocument, { id });
  if (!result.ok) notFound();
  const location = result.data.location;
  if (!can(me.user.role, "locations.manage")) return <LocationDetails location={location} />;
  const { locationQuota } = await serverQuery(LocationQuotaDocument, {});
  return (
    <LocationEditor
      location={location}
      quota={locationQuota}
      timeZones={timeZoneOptions([location.timeZone, me.business.timeZone])}
      defaultTimeZone={me.business.timeZone}
    />
  );
}
