"use client";

import { useState, type FormEvent } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { Alert, AlertList } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { CheckboxGroup, SelectField, TextField } from "@/components/ui/Field";
import { InviteUserDocument, type Role } from "@/gql/graphql";
import { useMutation } from "@/lib/api/hooks";
import { formErrorsFromApi } from "@/lib/api/messages";
import { messagesFor, validateInvite, type InviteForm as Values } from "@/lib/validation";

export const ROLES: readonly Role[] = ["ADMIN", "STAFF", "ANALYST"];

/** The link the invitee opens: this panel's accept page with the one-time token. */
export function invitationLink(origin: string, token: string): string {
  return `${origin}/invitation?token=${encodeURIComponent(token)}`;
}

export function InviteForm({ locations, onInvited }: { locations: ReadonlyArray<{ id: string; name: string }>; onInvited: () => void }) {
  const { t, fmt } = useI18n();
  const [values, setValues] = useState<Values>({ email: "", role: "STAFF", locationIds: [] });
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<keyof Values, string>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [issued, setIssued] = useState<{ email: string; link: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const [invite, inviting] = useMutation(InviteUserDocument);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validateInvite(values);
    setFieldErrors(messagesFor(checked.errors, t));
    setFormErrors([]);
    if (!checked.ok) return;
    const result = await invite({
      input: { email: checked.value.email, role: checked.value.role, locationIds: checked.value.role === "STAFF" ? checked.value.locationIds : undefined },
    });
    if (!result.ok) {
      const mapped = formErrorsFromApi(result.errors, ["email", "role", "locationIds"] as const, t, fmt);
      setFieldErrors(mapped.fields);
      setFormErrors(mapped.form);
      return;
    }
    setIssued({ email: checked.value.email, link: invitationLink(window.location.origin, result.data.inviteUser.token) });
    setCopied(false);
    setValues({ email: "", role: values.role, locationIds: [] });
    onInvited();
  }

  async function copy() {
    if (!issued) return;
    try {
      await navigator.clipboard.writeText(issued.link);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4" data-testid="invite-form">
      <AlertList messages={formErrors} testId="invite-error" />
      {issued ? (
        <Alert kind="success" testId="invite-result">
          <p>{t("team.invited", { email: issued.email })}</p>
          <div className="mt-2 flex flex-col gap-2 sm:flex-row sm:items-center">
            <input readOnly value={issued.link} aria-label={t("team.copyLink")} className="w-full rounded border border-green-300 bg-white px-2 py-1 font-mono text-xs" data-testid="invite-link" onFocus={(e) => e.currentTarget.select()} />
            <Button small variant="secondary" onClick={copy}>
              {copied ? t("team.copied") : t("team.copyLink")}
            </Button>
          </div>
        </Alert>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="invite-email" type="email" label={t("team.inviteEmail")} required value={values.email} onValue={(email) => setValues((v) => ({ ...v, email }))} error={fieldErrors.email} autoComplete="off" />
        <SelectField id="invite-role" label={t("team.inviteRole")} required value={values.role} onValue={(role) => setValues((v) => ({ ...v, role: role as Role }))} error={fieldErrors.role}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`role.${role}`)}
            </option>
          ))}
        </SelectField>
      </div>
      {values.role === "STAFF" ? (
        <CheckboxGroup
          id="invite-locations"
          legend={t("team.inviteLocations")}
          hint={t("team.inviteLocationsHint")}
          options={locations.map((l) => ({ value: l.id, label: l.name }))}
          selected={values.locationIds}
          onChange={(locationIds) => setValues((v) => ({ ...v, locationIds }))}
          error={fieldErrors.locationIds}
        />
      ) : null}
      <Button type="submit" busy={inviting} data-testid="invite-submit">
        {inviting ? t("team.inviteSubmitting") : t("team.inviteSubmit")}
      </Button>
    </form>
  );
}
