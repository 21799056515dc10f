import type { Metadata } from "next";
import { Forbidden } from "@/components/StatusPages";
import { MobileAppsDocument } from "@/gql/graphql";
import { can } from "@/lib/permissions";
import { apiUrl } from "@/lib/session/api";
import { getMe, serverQueryOr } from "@/lib/session/server";
import { MobileAppsPanel } from "@/modules/settings/components/MobileAppsPanel";
import { MOBILE_APPS_PAGE_SIZE, mobileApiBaseUrl } from "@/modules/settings/mobileApps";

export const metadata: Metadata = { title: "Mobile apps" };

export default async function MobileAppsPage() {
  const me = await getMe();
  // Staff and Analysts never see the apps: the page says so (the API refuses the query as well).
  if (!can(me.user.role, "mobileApps.manage")) return <Forbidden role={me.user.role} />;
  const apps = await serverQueryOr(MobileAppsDocument, { first: MOBILE_APPS_PAGE_SIZE, includeRevoked: false });
  if (!apps.ok) return <Forbidden role={me.user.role} />;
  return <MobileAppsPanel initial={apps.data} apiBaseUrl={mobileApiBaseUrl(process.env.RADAR_MOBILE_API_URL, apiUrl())} />;
}
