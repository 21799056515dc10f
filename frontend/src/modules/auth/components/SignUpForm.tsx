"use client";

import Link from "next/link";
import { useEffect, useState, type FormEvent } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { AlertList } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { SelectField, TextField } from "@/components/ui/Field";
import { TimeZoneSelect } from "@/components/ui/TimeZoneSelect";
import { postSession } from "@/lib/api/client";
import { formErrorsFromApi } from "@/lib/api/messages";
import { browserTimeZone } from "@/lib/format";
import type { TimeZoneOptions } from "@/lib/timezones";
import { BUSINESS_LOCALES, messagesFor, validateSignUp, type SignUpForm as SignUpValues } from "@/lib/validation";

const FIELDS = ["businessName", "timeZone", "locale", "displayName", "email", "password"] as const;

export function SignUpForm({ timeZones }: { timeZones: TimeZoneOptions }) {
  const { t, fmt, locale } = useI18n();
  const [values, setValues] = useState<SignUpValues>({
    businessName: "",
    timeZone: "",
    locale: locale,
    displayName: "",
    email: "",
    password: "",
  });
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<keyof SignUpValues, string>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    // After mount, so the server's and the browser's first render agree.
    const zone = browserTimeZone();
    setValues((v) => (v.timeZone ? v : { ...v, timeZone: timeZones.all.includes(zone) ? zone : "America/Bogota" }));
  }, [timeZones]);

  const set = (field: keyof SignUpValues) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = validateSignUp(values, timeZones.all);
    setFieldErrors(messagesFor(checked.errors, t));
    setFormErrors([]);
    if (!checked.ok) return;
    setBusy(true);
    const result = await postSession("/api/session/signup", checked.value);
    if (result.ok) {
      window.location.assign("/dashboard");
      return;
    }
    setBusy(false);
    const mapped = formErrorsFromApi(result.errors, FIELDS, t, fmt);
    setFieldErrors(mapped.fields);
    setFormErrors(mapped.form);
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-labelledby="signup-title">
      <div>
        <h1 id="signup-title" className="text-xl font-semibold text-slate-900">
          {t("signup.title")}
        </h1>
        <p className="text-sm text-slate-700">{t("signup.subtitle")}</p>
      </div>
      <AlertList messages={formErrors} testId="signup-error" />
      <TextField id="businessName" label={t("signup.businessName")} required maxLength={120} value={values.businessName} onValue={set("businessName")} error={fieldErrors.businessName} autoComplete="organization" />
      <TimeZoneSelect
        id="timeZone"
        label={t("signup.timeZone")}
        value={values.timeZone}
        onValue={set("timeZone")}
        options={timeZones}
        error={fieldErrors.timeZone}
        frequentLabel={t("app.frequentZones")}
        allLabel={t("app.allZones")}
      />
      <SelectField id="locale" label={t("signup.locale")} required value={values.locale} onValue={set("locale")} error={fieldErrors.locale}>
        {BUSINESS_LOCALES.map((l) => (
          <option key={l} value={l}>
            {t(`locale.${l}`)}
          </option>
        ))}
      </SelectField>
      <TextField id="displayName" label={t("signup.displayName")} required maxLength={120} value={values.displayName} onValue={set("displayName")} error={fieldErrors.displayName} autoComplete="name" />
      <TextField id="email" type="email" label={t("signup.email")} required value={values.email} onValue={set("email")} error={fieldErrors.email} autoComplete="email" />
      <TextField
        id="password"
        type="password"
        label={t("signup.password")}
        required
        hint={t("signup.passwordHint")}
        value={values.password}
        onValue={set("password")}
        error={fieldErrors.password}
        autoComplete="new-password"
      />
      <Button type="submit" busy={busy} className="w-full" data-testid="signup-submit">
        {busy ? t("signup.submitting") : t("signup.submit")}
      </Button>
      <p className="text-center text-sm text-slate-700">
        {t("signup.haveAccount")}{" "}
        <Link href="/login" className="font-medium text-indigo-800 underline">
          {t("signup.loginLink")}
        </Link>
      </p>
    </form>
  );
}
