import type { Metadata } from "next";
import { DashboardSummaryDocument, TeamCountDocument } from "@/gql/graphql";
import { can } from "@/lib/permissions";
import { getMe, serverQuery } from "@/lib/session/server";
import { Dashboard } from "@/modules/dashboard/components/Dashboard";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const me = await getMe();
  const [summary, team] = await Promise.all([
    serverQuery(DashboardSummaryDocument, {}),
    can(me.user.role, "team.view") ? serverQuery(TeamCountDocument, {}) : Promise.resolve(null),
  ]);
  return (
    <Dashboard
      quota={summary.locationQuota}
      locations={summary.locations.edges.map((e) => e.node)}
      locationCount={summary.locations.totalCount}
      teamCount={team?.users.totalCount ?? null}
    />
  );
}
