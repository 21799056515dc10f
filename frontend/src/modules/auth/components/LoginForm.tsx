"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { Alert, AlertList } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { TextField } from "@/components/ui/Field";
import { postSession } from "@/lib/api/client";
import { formErrorsFromApi } from "@/lib/api/messages";
import { browserTimeZone } from "@/lib/format";
import { messagesFor, validateLogin, type LoginForm as LoginValues } from "@/lib/validation";

export function LoginForm({ next, reason }: { next: string; reason: "expired" | "loggedout" | null }) {
  const { t, fmt } = useI18n();
  const [values, setValues] = useState<LoginValues>({ email: "", password: "" });
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<keyof LoginValues, string>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validateLogin(values);
    setFieldErrors(messagesFor(checked.errors, t));
    setFormErrors([]);
    if (!checked.ok) return;
    setBusy(true);
    const result = await postSession("/api/session/login", checked.value);
    if (result.ok) {
      // A full navigation, so every server component renders with the new session.
      window.location.assign(next);
      return;
    }
    setBusy(false);
    const mapped = formErrorsFromApi(result.errors, ["email", "password"] as const, t, { ...fmt, timeZone: browserTimeZone() });
    setFieldErrors(mapped.fields);
    setFormErrors(mapped.form);
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-labelledby="login-title">
      <div>
        <h1 id="login-title" className="text-xl font-semibold text-slate-900">
          {t("login.title")}
        </h1>
        <p className="text-sm text-slate-700">{t("login.subtitle")}</p>
      </div>
      {reason === "expired" ? <Alert kind="warning" testId="session-expired">{t("login.sessionExpired")}</Alert> : null}
      {reason === "loggedout" ? <Alert kind="info">{t("login.loggedOut")}</Alert> : null}
      <AlertList messages={formErrors} testId="login-error" />
      <TextField
        id="email"
        type="email"
        label={t("login.email")}
        autoComplete="username"
        required
        value={values.email}
        onValue={(email) => setValues((v) => ({ ...v, email }))}
        error={fieldErrors.email}
      />
      <TextField
        id="password"
        type="password"
        label={t("login.password")}
        autoComplete="current-password"
        required
        value={values.password}
        onValue={(password) => setValues((v) => ({ ...v, password }))}
        error={fieldErrors.password}
      />
      <Button type="submit" busy={busy} className="w-full" data-testid="login-submit">
        {busy ? t("login.submitting") : t("login.submit")}
      </Button>
      <p className="text-center text-sm text-slate-700">
        {t("login.noAccount")}{" "}
        <Link href="/signup" className="font-medium text-indigo-800 underline">
          {t("login.signupLink")}
        </Link>
      </p>
    </form>
  );
}
