"use client";

import { Fragment, useState } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { useSession } from "@/components/providers/SessionProvider";
import { Button } from "@/components/ui/Button";
import { Badge, TableWrap, td, th } from "@/components/ui/Page";
import type { TeamMemberFragment } from "@/gql/graphql";
import { formatDateTime } from "@/lib/format";
import { RoleEditor } from "./RoleEditor";

export function MembersTable({
  members,
  locations,
  busyId,
  onToggleActive,
  onRoleChanged,
}: {
  members: readonly TeamMemberFragment[];
  locations: ReadonlyArray<{ id: string; name: string }>;
  busyId: string | null;
  onToggleActive: (member: TeamMemberFragment) => void;
  onRoleChanged: (member: TeamMemberFragment) => void;
}) {
  const { t, fmt } = useI18n();
  const me = useSession((s) => s.user);
  const canManage = useSession((s) => s.can("team.manage"));
  const [editing, setEditing] = useState<string | null>(null);
  const columns = canManage ? 7 : 6;

  function status(member: TeamMemberFragment) {
    if (!member.active) return <Badge tone="slate">{t("team.inactive")}</Badge>;
    if (member.lockedUntil && Date.parse(member.lockedUntil) > Date.now()) {
      return <Badge tone="amber">{t("team.locked", { date: formatDateTime(member.lockedUntil, fmt) })}</Badge>;
    }
    return <Badge tone="green">{t("team.active")}</Badge>;
  }

  return (
    <TableWrap label={t("team.members")}>
      <thead className="bg-slate-50">
        <tr>
          <th scope="col" className={th}>{t("team.col.name")}</th>
          <th scope="col" className={th}>{t("team.col.email")}</th>
          <th scope="col" className={th}>{t("team.col.role")}</th>
          <th scope="col" className={th}>{t("team.col.locations")}</th>
          <th scope="col" className={th}>{t("team.col.status")}</th>
          <th scope="col" className={th}>{t("team.col.lastLogin")}</th>
          {canManage ? <th scope="col" className={th}>{t("team.col.actions")}</th> : null}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100" data-testid="members-table">
        {members.map((member) => {
          const self = member.id === me?.id;
          return (
            <Fragment key={member.id}>
              <tr data-testid="member-row" data-email={member.email}>
                <td className={`${td} font-medium`}>
                  {member.displayName} {self ? <span className="text-slate-600">{t("team.you")}</span> : null}
                </td>
                <td className={td}>{member.email}</td>
                <td className={td}>{t(`role.${member.role}`)}</td>
                <td className={td}>{member.role === "STAFF" ? member.assignedLocations.map((l) => l.name).join(", ") || "—" : t("team.allLocations")}</td>
                <td className={td}>{status(member)}</td>
                <td className={`${td} whitespace-nowrap`}>{member.lastLoginAt ? formatDateTime(member.lastLoginAt, fmt) : t("team.never")}</td>
                {canManage ? (
                  <td className={`${td} whitespace-nowrap`}>
                    {self ? null : (
                      <div className="flex gap-2">
                        <Button small variant="secondary" onClick={() => setEditing(editing === member.id ? null : member.id)} aria-expanded={editing === member.id} aria-label={t("team.changeRoleOf", { name: member.displayName })}>
                          {t("team.changeRole")}
                        </Button>
                        <Button
                          small
                          variant={member.active ? "danger" : "secondary"}
                          busy={busyId === member.id}
                          onClick={() => onToggleActive(member)}
                          aria-label={`${member.active ? t("team.deactivate") : t("team.reactivate")}: ${member.displayName}`}
                        >
                          {member.active ? t("team.deactivate") : t("team.reactivate")}
                        </Button>
                      </div>
                    )}
                  </td>
                ) : null}
              </tr>
              {editing === member.id ? (
                <tr>
                  <td colSpan={columns} className="px-4 py-3">
                    <RoleEditor
                      member={member}
                      locations={locations}
                      onCancel={() => setEditing(null)}
                      onDone={(updated) => {
                        setEditing(null);
                        onRoleChanged(updated);
                      }}
                    />
                  </td>
                </tr>
              ) : null}
            </Fragment>
          );
        })}
      </tbody>
    </TableWrap>
  );
}
