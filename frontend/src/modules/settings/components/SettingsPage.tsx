"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useStore } from "zustand";
import { useI18n } from "@/components/providers/I18nProvider";
import { useSession } from "@/components/providers/SessionProvider";
import { Alert, AlertList } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { SelectField, TextField } from "@/components/ui/Field";
import { Card, PageHeader } from "@/components/ui/Page";
import { TimeZoneSelect } from "@/components/ui/TimeZoneSelect";
import { UpdateBusinessDocument } from "@/gql/graphql";
import { useMutation } from "@/lib/api/hooks";
import { formErrorsFromApi } from "@/lib/api/messages";
import { LOCALES, isLocale } from "@/lib/i18n";
import type { TimeZoneOptions } from "@/lib/timezones";
import { BUSINESS_LOCALES, messagesFor, validateBusiness, type BusinessForm } from "@/lib/validation";
import { prefs } from "@/stores/prefs";
import { SettingsTabs } from "./SettingsTabs";

export function SettingsPage({ timeZones }: { timeZones: TimeZoneOptions }) {
  const { t, fmt } = useI18n();
  const router = useRouter();
  const business = useSession((s) => s.business);
  const canManage = useSession((s) => s.can("settings.manage"));
  const updateBusiness = useSession((s) => s.updateBusiness);
  const language = useStore(prefs, (s) => s.language);
  const [values, setValues] = useState<BusinessForm>({
    name: business?.name ?? "",
    timeZone: business?.timeZone ?? "",
    locale: business?.locale ?? "es-419",
  });
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<keyof BusinessForm, string>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [saved, setSaved] = useState(false);
  const [save, saving] = useMutation(UpdateBusinessDocument);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const checked = validateBusiness(values, timeZones.all);
    setFieldErrors(messagesFor(checked.errors, t));
    setFormErrors([]);
    if (!checked.ok) return;
    const result = await save({ input: checked.value });
    if (!result.ok) {
      const mapped = formErrorsFromApi(result.errors, ["name", "timeZone", "locale"] as const, t, fmt);
      setFieldErrors(mapped.fields);
      setFormErrors(mapped.form);
      return;
    }
    updateBusiness(result.data.updateBusiness);
    setSaved(true);
    // Server components render with the new language, time zone and name.
    router.refresh();
  }

  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader title={t("settings.title")} />
      <SettingsTabs active="business" />
      <Card title={t("settings.business")}>
        {!canManage ? <p className="mb-4 text-sm text-slate-700">{t("settings.readOnly")}</p> : null}
        <form onSubmit={submit} noValidate className="space-y-4" data-testid="settings-form">
          {saved ? <Alert kind="success">{t("settings.saved")}</Alert> : null}
          <AlertList messages={formErrors} />
          <TextField id="business-name" label={t("settings.name")} required maxLength={120} disabled={!canManage} value={values.name} onValue={(name) => setValues((v) => ({ ...v, name }))} error={fieldErrors.name} />
          <TimeZoneSelect
            id="business-timeZone"
            label={t("settings.timeZone")}
            value={values.timeZone}
            onValue={(timeZone) => setValues((v) => ({ ...v, timeZone }))}
            options={timeZones}
            error={fieldErrors.timeZone}
            frequentLabel={t("app.frequentZones")}
            allLabel={t("app.allZones")}
            disabled={!canManage}
          />
          <SelectField id="business-locale" label={t("settings.locale")} required disabled={!canManage} value={values.locale} onValue={(locale) => setValues((v) => ({ ...v, locale }))} error={fieldErrors.locale}>
            {BUSINESS_LOCALES.map((l) => (
              <option key={l} value={l}>
                {t(`locale.${l}`)}
              </option>
            ))}
          </SelectField>
          <p className="text-sm text-slate-700">{t("settings.plan", { limit: business?.locationLimit ?? 0 })}</p>
          {canManage ? (
            <Button type="submit" busy={saving} data-testid="settings-submit">
              {saving ? t("app.saving") : t("app.save")}
            </Button>
          ) : null}
        </form>
      </Card>
      <Card title={t("settings.preferences")}>
        <SelectField
          id="panel-language"
          label={t("settings.language")}
          value={language ?? ""}
          onValue={(value) => {
            prefs.getState().setLanguage(isLocale(value) ? value : null);
            router.refresh();
          }}
        >
          <option value="">{t("settings.languageBusiness")}</option>
          {LOCALES.map((l) => (
            <option key={l} value={l}>
              {t(`locale.${l}`)}
            </option>
          ))}
        </SelectField>
      </Card>
    </div>
  );
}
