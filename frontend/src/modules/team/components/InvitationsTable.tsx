"use client";

import { useI18n } from "@/components/providers/I18nProvider";
import { Button } from "@/components/ui/Button";
import { Badge, TableWrap, td, th } from "@/components/ui/Page";
import type { TeamInvitationFragment } from "@/gql/graphql";
import { formatDateTime } from "@/lib/format";

const TONES = { PENDING: "amber", ACCEPTED: "green", REVOKED: "slate", EXPIRED: "slate" } as const;

export function InvitationsTable({
  invitations,
  busyId,
  onRevoke,
}: {
  invitations: readonly TeamInvitationFragment[];
  busyId: string | null;
  onRevoke: (invitation: TeamInvitationFragment) => void;
}) {
  const { t, fmt } = useI18n();
  if (invitations.length === 0) return <p className="text-sm text-slate-700">{t("team.invitationsEmpty")}</p>;
  return (
    <TableWrap label={t("team.invitations")}>
      <thead className="bg-slate-50">
        <tr>
          <th scope="col" className={th}>{t("team.col.email")}</th>
          <th scope="col" className={th}>{t("team.col.role")}</th>
          <th scope="col" className={th}>{t("team.col.locations")}</th>
          <th scope="col" className={th}>{t("team.col.status")}</th>
          <th scope="col" className={th}>{t("team.col.expires")}</th>
          <th scope="col" className={th}>{t("team.col.actions")}</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100" data-testid="invitations-table">
        {invitations.map((invitation) => (
          <tr key={invitation.id} data-testid="invitation-row">
            <td className={td}>{invitation.email}</td>
            <td className={td}>{t(`role.${invitation.role}`)}</td>
            <td className={td}>{invitation.role === "STAFF" ? invitation.locations.map((l) => l.name).join(", ") : t("team.allLocations")}</td>
            <td className={td}>
              <Badge tone={TONES[invitation.status]}>{t(`team.status.${invitation.status}`)}</Badge>
            </td>
            <td className={`${td} whitespace-nowrap`}>{formatDateTime(invitation.expiresAt, fmt)}</td>
            <td className={td}>
              {invitation.status === "PENDING" ? (
                <Button small variant="secondary" busy={busyId === invitation.id} onClick={() => onRevoke(invitation)} aria-label={`${t("team.revoke")}: ${invitation.email}`}>
                  {t("team.revoke")}
                </Button>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </TableWrap>
  );
}
