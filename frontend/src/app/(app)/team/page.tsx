import type { Metadata } from "next";
import { Forbidden } from "@/components/StatusPages";
import { ShellLocationsDocument, TeamInvitationsDocument, TeamMembersDocument } from "@/gql/graphql";
import { can } from "@/lib/permissions";
import { getMe, serverQuery, serverQueryOr } from "@/lib/session/server";
import { TeamManager } from "@/modules/team/components/TeamManager";
import { TEAM_PAGE_SIZE } from "@/modules/team/paging";

export const metadata: Metadata = { title: "Team" };

export default async function TeamPage() {
  const me = await getMe();
  // Staff never see the team: the page says so (the API refuses the query as well).
  if (!can(me.user.role, "team.view")) return <Forbidden role={me.user.role} />;
  const manage = can(me.user.role, "team.manage");
  const [members, invitations, locations] = await Promise.all([
    serverQueryOr(TeamMembersDocument, { first: TEAM_PAGE_SIZE }),
    manage ? serverQuery(TeamInvitationsDocument, { first: TEAM_PAGE_SIZE }) : Promise.resolve(null),
    manage ? serverQuery(ShellLocationsDocument, {}) : Promise.resolve(null),
  ]);
  if (!members.ok) return <Forbidden role={me.user.role} />;
  return (
    <TeamManager
      initialMembers={members.data}
      initialInvitations={invitations}
      locations={locations?.locations.edges.map((e) => e.node) ?? []}
    />
  );
}
