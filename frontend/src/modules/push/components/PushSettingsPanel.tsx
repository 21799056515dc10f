"use client";

import { useState } from "react";
import { useI18n } from "@/components/providers/I18nProvider";
import { useSession } from "@/components/providers/SessionProvider";
import { Alert, AlertList } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { TextField } from "@/components/ui/Field";
import { Card, PageHeader } from "@/components/ui/Page";
import { UpdatePushSettingsDocument, type PushSettingsFieldsFragment } from "@/gql/graphql";
import { useMutation } from "@/lib/api/hooks";
import { formErrorsFromApi } from "@/lib/api/messages";
import { settingsValuesOf, validateSettings, type SettingsField, type SettingsValues } from "../settings";
import { BlockedBanner } from "./BlockedBanner";
import { PushTabs } from "./PushTabs";

const FIELDS: readonly SettingsField[] = ["quietHoursStart", "quietHoursEnd", "frequencyCap", "frequencyCapWindowHours"];

function summary(settings: PushSettingsFieldsFragment, t: ReturnType<typeof useI18n>["t"]): string[] {
  return [
    settings.quietHoursStart && settings.quietHoursEnd ? t("push.settings.summaryQuiet", { start: settings.quietHoursStart, end: settings.quietHoursEnd }) : t("push.settings.none"),
    settings.frequencyCap !== null ? t("push.settings.summaryCap", { cap: settings.frequencyCap, hours: settings.frequencyCapWindowHours }) : t("push.settings.noCap"),
  ];
}

/** Quiet hours and frequency cap (Admins edit, others read), and the blocked banner. */
export function PushSettingsPanel({ initial }: { initial: PushSettingsFieldsFragment }) {
  const { t, fmt } = useI18n();
  const canManage = useSession((s) => s.can("push.manage"));
  const [settings, setSettings] = useState(initial);
  const [values, setValues] = useState<SettingsValues>(() => settingsValuesOf(initial));
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<SettingsField, string>>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const [save, saving] = useMutation(UpdatePushSettingsDocument);
  const set = (field: SettingsField) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  async function submit() {
    setNotice(null);
    const checked = validateSettings(values);
    if (!checked.ok) {
      setFieldErrors(Object.fromEntries(Object.entries(checked.errors).map(([f, issue]) => [f, t(issue.key, issue.params)])));
      return;
    }
    const result = await save({ input: checked.value });
    if (!result.ok) {
      const mapped = formErrorsFromApi(result.errors, FIELDS, t, fmt);
      setFieldErrors(mapped.fields);
      setFormErrors(mapped.form);
      return;
    }
    setFieldErrors({});
    setFormErrors([]);
    setSettings(result.data.updatePushSettings);
    setValues(settingsValuesOf(result.data.updatePushSettings));
    setNotice(t("push.settings.saved"));
  }

  return (
    <div className="space-y-4">
      <PageHeader title={t("push.title")} />
      <PushTabs active="settings" />
      <BlockedBanner settings={settings} onChange={setSettings} />
      <Card title={t("push.settings.title")}>
        <p className="mb-3 text-sm text-slate-700">{t("push.settings.subtitle", { zone: settings.timeZone })}</p>
        <ul className="mb-4 list-disc pl-5 text-sm text-slate-900" data-testid="push-settings-summary">
          {summary(settings, t).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        {notice ? <Alert kind="success" testId="push-settings-notice">{notice}</Alert> : null}
        <AlertList messages={formErrors} />
        {canManage ? (
          <form
            noValidate
            className="mt-3 space-y-4"
            onSubmit={(e) => {
              e.preventDefault();
              void submit();
            }}
          >
            <fieldset>
              <legend className="text-sm font-semibold text-slate-900">{t("push.settings.quietHours")}</legend>
              <p className="text-xs text-slate-600">{t("push.settings.quietHoursHint")}</p>
              <div className="mt-2 grid max-w-md grid-cols-2 gap-3">
                <TextField id="quietHoursStart" type="time" label={t("push.settings.quietStart")} value={values.quietHoursStart} onValue={set("quietHoursStart")} error={fieldErrors.quietHoursStart} />
                <TextField id="quietHoursEnd" type="time" label={t("push.settings.quietEnd")} value={values.quietHoursEnd} onValue={set("quietHoursEnd")} error={fieldErrors.quietHoursEnd} />
              </div>
            </fieldset>
            <div className="grid max-w-md grid-cols-2 gap-3">
              <TextField id="frequencyCap" inputMode="numeric" label={t("push.settings.cap")} hint={t("push.settings.capHint")} value={values.frequencyCap} onValue={set("frequencyCap")} error={fieldErrors.frequencyCap} />
              <TextField id="frequencyCapWindowHours" inputMode="numeric" label={t("push.settings.window")} value={values.frequencyCapWindowHours} onValue={set("frequencyCapWindowHours")} error={fieldErrors.frequencyCapWindowHours} />
            </div>
            <Button type="submit" busy={saving} data-testid="push-settings-save">
              {t("push.settings.save")}
            </Button>
          </form>
        ) : (
          <p className="text-sm text-slate-700">{t("push.settings.readOnly")}</p>
        )}
      </Card>
    </div>
  );
}
