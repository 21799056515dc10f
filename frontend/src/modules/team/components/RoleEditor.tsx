"use client";

import { useState } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { Button } from "@/components/ui/Button";
import { CheckboxGroup, SelectField } from "@/components/ui/Field";
import { ChangeUserRoleDocument, type Role, type TeamMemberFragment } from "@/gql/graphql";
import { useMutation } from "@/lib/api/hooks";
import { describeError } from "@/lib/api/messages";
import { checkRoleLocations } from "@/lib/validation";
import { ROLES } from "./InviteForm";

/** Inline editor of one member's role (and, for Staff, their locations). */
export function RoleEditor({
  member,
  locations,
  onDone,
  onCancel,
}: {
  member: TeamMemberFragment;
  locations: ReadonlyArray<{ id: string; name: string }>;
  onDone: (updated: TeamMemberFragment) => void;
  onCancel: () => void;
}) {
  const { t, fmt } = useI18n();
  const [role, setRole] = useState<Role>(member.role);
  const [locationIds, setLocationIds] = useState<string[]>(member.assignedLocations.map((l) => l.id));
  const [error, setError] = useState<string | null>(null);
  const [change, changing] = useMutation(ChangeUserRoleDocument);
  const prefix = `role-${member.id}`;

  async function apply() {
    const issue = checkRoleLocations(role, locationIds);
    if (issue) {
      setError(t(issue.key));
      return;
    }
    const result = await change({ input: { userId: member.id, role, locationIds: role === "STAFF" ? locationIds : undefined } });
    if (!result.ok) {
      setError(result.errors.map((e) => describeError(e, t, fmt).message).join(" "));
      return;
    }
    onDone(result.data.changeUserRole);
  }

  return (
    <div className="space-y-3 rounded-md border border-slate-200 bg-slate-50 p-3" data-testid="role-editor">
      <p className="text-sm font-medium text-slate-900">{t("team.changeRoleOf", { name: member.displayName })}</p>
      <SelectField id={`${prefix}-role`} label={t("team.col.role")} value={role} onValue={(value) => setRole(value as Role)}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`role.${r}`)}
          </option>
        ))}
      </SelectField>
      {role === "STAFF" ? (
        <CheckboxGroup
          id={`${prefix}-locations`}
          legend={t("team.inviteLocations")}
          options={locations.map((l) => ({ value: l.id, label: l.name }))}
          selected={locationIds}
          onChange={setLocationIds}
        />
      ) : null}
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      <div className="flex gap-2">
        <Button small busy={changing} onClick={apply} data-testid="role-apply">
          {t("team.applyRole")}
        </Button>
        <Button small variant="secondary" onClick={onCancel}>
          {t("app.cancel")}
        </Button>
      </div>
    </div>
  );
}
