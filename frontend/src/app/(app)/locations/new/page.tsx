import type { Metadata } from "next";
import { Forbidden } from "@/components/StatusPages";
import { LocationQuotaDocument } from "@/gql/graphql";
import { can } from "@/lib/permissions";
import { getMe, serverQuery } from "@/lib/session/server";
import { timeZoneOptions } from "@/lib/timezones";
import { LocationEditor } from "@/modules/locations/components/LocationEditor";

export const metadata: Metadata = { title: "New location" };

export default async function NewLocationPage() {
  const me = await getMe();
  if (!can(me.user.role, "locations.manage")) return <Forbidden role={me.user.role} />;
  const { locationQuota } = await serverQuery(LocationQuotaDocument, {});
  return (
    <LocationEditor
      location={null}
      quota={locationQuota}
      timeZones={timeZoneOptions([me.business.timeZone])}
      defaultTimeZone={me.business.timeZone}
    />
  );
}
