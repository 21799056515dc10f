import type { PushSettingsFieldsFragment, UpdatePushSettingsInput } from "@/gql/graphql";
import type { FieldErrors, Validated } from "@/lib/validation";

// Quiet hours (HH:mm, both or neither) and the frequency cap (1–1000 per 1–720 hours), as the API's
// UpdatePushSettingsInput: empty fields clear the rule rather than leaving it as it was.

export interface SettingsValues {
  quietHoursStart: string;
  quietHoursEnd: string;
  frequencyCap: string;
  frequencyCapWindowHours: string;
}

export type SettingsField = keyof SettingsValues;

const HOUR = /^([01]\d|2[0-3]):[0-5]\d$/;

export function settingsValuesOf(settings: PushSettingsFieldsFragment): SettingsValues {
  return {
    quietHoursStart: settings.quietHoursStart ?? "",
    quietHoursEnd: settings.quietHoursEnd ?? "",
    frequencyCap: settings.frequencyCap === null ? "" : String(settings.frequencyCap),
    frequencyCapWindowHours: String(settings.frequencyCapWindowHours),
  };
}

export function validateSettings(values: SettingsValues): Validated<SettingsField, UpdatePushSettingsInput> {
  const errors: FieldErrors<SettingsField> = {};
  const start = values.quietHoursStart.trim();
  const end = values.quietHoursEnd.trim();
  if ((start === "") !== (end === "")) errors[start === "" ? "quietHoursStart" : "quietHoursEnd"] = { key: "push.settings.bothHours" };
  if (start && !HOUR.test(start)) errors.quietHoursStart = { key: "push.settings.hour" };
  if (end && !HOUR.test(end)) errors.quietHoursEnd = { key: "push.settings.hour" };
  const capText = values.frequencyCap.trim();
  const cap = Number(capText);
  if (capText && (!/^\d+$/.test(capText) || cap < 1 || cap > 1000)) errors.frequencyCap = { key: "push.settings.capInvalid" };
  const windowText = values.frequencyCapWindowHours.trim();
  const window = Number(windowText);
  if (!/^\d+$/.test(windowText) || window < 1 || window > 720) errors.frequencyCapWindowHours = { key: "push.settings.windowInvalid" };
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const input: UpdatePushSettingsInput = { frequencyCapWindowHours: window };
  if (start) Object.assign(input, { quietHoursStart: start, quietHoursEnd: end });
  else input.clearQuietHours = true;
  if (capText) input.frequencyCap = cap;
  else input.clearFrequencyCap = true;
  return { ok: true, errors, value: input };
}
