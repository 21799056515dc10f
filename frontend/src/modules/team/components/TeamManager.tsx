"use client";

import { useEffect, useState } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { useSession } from "@/components/providers/SessionProvider";
import { Alert, AlertList } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { Card, PageHeader } from "@/components/ui/Page";
import {
  DeactivateUserDocument,
  ReactivateUserDocument,
  RevokeInvitationDocument,
  TeamInvitationsDocument,
  TeamMembersDocument,
  type TeamInvitationFragment,
  type TeamInvitationsQuery,
  type TeamMemberFragment,
  type TeamMembersQuery,
} from "@/gql/graphql";
import { request } from "@/lib/api/client";
import { asApiErrors } from "@/lib/api/errors";
import { describeError } from "@/lib/api/messages";
import { InvitationsTable } from "./InvitationsTable";
import { InviteForm } from "./InviteForm";
import { MembersTable } from "./MembersTable";

import { TEAM_PAGE_SIZE } from "../paging";

export { TEAM_PAGE_SIZE };

export function TeamManager({
  initialMembers,
  initialInvitations,
  locations,
}: {
  initialMembers: TeamMembersQuery;
  initialInvitations: TeamInvitationsQuery | null;
  locations: ReadonlyArray<{ id: string; name: string }>;
}) {
  const { t, fmt } = useI18n();
  const canManage = useSession((s) => s.can("team.manage"));
  const [members, setMembers] = useState<TeamMemberFragment[]>(initialMembers.users.edges.map((e) => e.node));
  const [membersPage, setMembersPage] = useState(initialMembers.users.pageInfo);
  const [invitations, setInvitations] = useState<TeamInvitationFragment[]>(initialInvitations?.invitations.edges.map((e) => e.node) ?? []);
  const [notice, setNotice] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [busyId, setBusyId] = useState<string | null>(null);

  useEffect(() => {
    setMembers(initialMembers.users.edges.map((e) => e.node));
    setMembersPage(initialMembers.users.pageInfo);
  }, [initialMembers]);

  const fail = (error: unknown) => setErrors(asApiErrors(error).map((e) => describeError(e, t, fmt).message));
  const replace = (updated: TeamMemberFragment) => setMembers((list) => list.map((m) => (m.id === updated.id ? updated : m)));

  async function moreMembers() {
    try {
      const data = await request(TeamMembersDocument, { first: TEAM_PAGE_SIZE, after: membersPage.endCursor ?? null });
      setMembers((list) => [...list, ...data.users.edges.map((e) => e.node)]);
      setMembersPage(data.users.pageInfo);
    } catch (error) {
      fail(error);
    }
  }

  async function reloadInvitations() {
    try {
      const data = await request(TeamInvitationsDocument, { first: TEAM_PAGE_SIZE });
      setInvitations(data.invitations.edges.map((e) => e.node));
    } catch (error) {
      fail(error);
    }
  }

  async function toggleActive(member: TeamMemberFragment) {
    if (member.active && !window.confirm(t("team.confirmDeactivate", { name: member.displayName }))) return;
    setBusyId(member.id);
    setNotice(null);
    setErrors([]);
    try {
      const updated = member.active
        ? (await request(DeactivateUserDocument, { id: member.id })).deactivateUser
        : (await request(ReactivateUserDocument, { id: member.id })).reactivateUser;
      replace(updated);
      setNotice(t(member.active ? "team.deactivated" : "team.reactivated", { name: member.displayName }));
    } catch (error) {
      fail(error);
    } finally {
      setBusyId(null);
    }
  }

  async function revoke(invitation: TeamInvitationFragment) {
    setBusyId(invitation.id);
    setNotice(null);
    setErrors([]);
    try {
      const { revokeInvitation } = await request(RevokeInvitationDocument, { id: invitation.id });
      setInvitations((list) => list.map((i) => (i.id === revokeInvitation.id ? revokeInvitation : i)));
      setNotice(t("team.revoked", { email: invitation.email }));
    } catch (error) {
      fail(error);
    } finally {
      setBusyId(null);
    }
  }

  return (
    <div className="space-y-6">
      <PageHeader title={t("team.title")}>{canManage ? null : t("team.readOnly")}</PageHeader>
      {notice ? <Alert kind="success" testId="team-notice">{notice}</Alert> : null}
      <AlertList messages={errors} testId="team-error" />
      {canManage ? (
        <Card title={t("team.invite")}>
          <InviteForm locations={locations} onInvited={reloadInvitations} />
        </Card>
      ) : null}
      <section aria-labelledby="members-title" className="space-y-3">
        <h2 id="members-title" className="text-lg font-semibold text-slate-900">
          {t("team.members")} ({initialMembers.users.totalCount})
        </h2>
        <MembersTable
          members={members}
          locations={locations}
          busyId={busyId}
          onToggleActive={toggleActive}
          onRoleChanged={(updated) => {
            replace(updated);
            setNotice(t("team.roleChanged", { name: updated.displayName, role: t(`role.${updated.role}`) }));
          }}
        />
        {membersPage.hasNextPage ? (
          <Button variant="secondary" onClick={moreMembers}>
            {t("app.loadMore")}
          </Button>
        ) : null}
      </section>
      {canManage ? (
        <section aria-labelledby="invitations-title" className="space-y-3">
          <h2 id="invitations-title" className="text-lg font-semibold text-slate-900">
            {t("team.invitations")}
          </h2>
          <InvitationsTable invitations={invitations} busyId={busyId} onRevoke={revoke} />
        </section>
      ) : null}
    </div>
  );
}
