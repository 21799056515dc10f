"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { Alert, AlertList } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { TextField } from "@/components/ui/Field";
import type { InvitationPreviewQuery } from "@/gql/graphql";
import { postSession } from "@/lib/api/client";
import { formErrorsFromApi } from "@/lib/api/messages";
import { formatDate } from "@/lib/format";
import { messagesFor, validateAcceptInvitation, type AcceptInvitationForm as Values } from "@/lib/validation";

export function InvitationProblem({ kind }: { kind: "missing" | "invalid" }) {
  const { t } = useI18n();
  return (
    <div className="space-y-4">
      <h1 className="text-xl font-semibold text-slate-900">{t("invitation.title")}</h1>
      <Alert kind="error" testId="invitation-problem">
        {kind === "missing" ? t("invitation.missingToken") : t("invitation.invalid")}
      </Alert>
      <Link href="/login" className="text-sm font-medium text-indigo-800 underline">
        {t("signup.loginLink")}
      </Link>
    </div>
  );
}

export function AcceptInvitationForm({ token, preview }: { token: string; preview: InvitationPreviewQuery["invitationPreview"] }) {
  const { t, fmt } = useI18n();
  const [values, setValues] = useState<Values>({ displayName: "", password: "" });
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<keyof Values, string>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validateAcceptInvitation(values);
    setFieldErrors(messagesFor(checked.errors, t));
    setFormErrors([]);
    if (!checked.ok) return;
    setBusy(true);
    const result = await postSession("/api/session/accept-invitation", { token, ...checked.value });
    if (result.ok) {
      window.location.assign("/dashboard");
      return;
    }
    setBusy(false);
    const mapped = formErrorsFromApi(result.errors, ["displayName", "password"] as const, t, fmt);
    setFieldErrors(mapped.fields);
    setFormErrors(result.errors.some((e) => e.code === "NOT_FOUND") ? [t("invitation.invalid")] : mapped.form);
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-labelledby="invitation-title">
      <div>
        <h1 id="invitation-title" className="text-xl font-semibold text-slate-900">
          {t("invitation.title")}
        </h1>
        <p className="mt-1 text-sm text-slate-700" data-testid="invitation-intro">
          {t("invitation.intro", { business: preview.businessName, role: t(`role.${preview.role}`), email: preview.email })}
        </p>
        <p className="text-xs text-slate-600">{t("invitation.expires", { date: formatDate(preview.expiresAt, fmt) })}</p>
      </div>
      <AlertList messages={formErrors} testId="invitation-error" />
      <TextField id="email" type="email" label={t("login.email")} value={preview.email} readOnly autoComplete="username" />
      <TextField
        id="displayName"
        label={t("invitation.displayName")}
        required
        maxLength={120}
        value={values.displayName}
        onValue={(displayName) => setValues((v) => ({ ...v, displayName }))}
        error={fieldErrors.displayName}
        autoComplete="name"
      />
      <TextField
        id="password"
        type="password"
        label={t("invitation.password")}
        required
        hint={t("signup.passwordHint")}
        value={values.password}
        onValue={(password) => setValues((v) => ({ ...v, password }))}
        error={fieldErrors.password}
        autoComplete="new-password"
      />
      <Button type="submit" busy={busy} className="w-full" data-testid="invitation-submit">
        {busy ? t("invitation.submitting") : t("invitation.submit")}
      </Button>
    </form>
  );
}
