import type { ApiError } from "@/lib/api/errors";
import { describeError, type FormErrors } from "@/lib/api/messages";
import type { FormatContext } from "@/lib/format";
import type { Translator } from "@/lib/i18n";
import { API_FIELD_ALIASES, COMPOSER_FIELDS, type ComposerField } from "./compose";

// The API's refusals of previewPush / sendPush placed beside the composer's fields (extensions.field
// names the input path: message.title, scheduledAt, audience.customerId...). The generic field
// messages of lib/api/messages (a customer note's "body") do not fit a push, so push fields get their own.

function pushMessage(error: ApiError, field: ComposerField, t: Translator, fmt: FormatContext): string {
  const text = error.message.toLowerCase();
  if (error.code === "NOT_FOUND" && field === "audience") return t("push.errors.unknownCustomer");
  if (error.code === "FORBIDDEN" && field === "audience") return t("push.errors.staffOneCustomer");
  if (error.code !== "BAD_USER_INPUT") return describeError(error, t, fmt).message;
  if (error.reason === "PAYLOAD_TOO_LARGE" || text.includes("4096") || text.includes("4 kb") || text.includes("payload")) return t("push.errors.payloadTooLarge");
  if (field === "scheduledAt") return t(text.includes("past") ? "push.validation.schedulePast" : "push.validation.scheduleInvalid");
  if (field === "imageUrl") return t("push.validation.imageUrl");
  if (field === "deepLink") return t("push.validation.deepLink");
  return t("push.errors.field", { detail: error.message || "?" });
}

export function composerErrorsFromApi(errors: readonly ApiError[], t: Translator, fmt: FormatContext): FormErrors<ComposerField> {
  const result: FormErrors<ComposerField> = { fields: {}, form: [] };
  for (const error of errors) {
    // Without a field, a refusal of the composer is about its audience: a customer not found, or Staff
    // asking for more than one customer.
    const field = error.field ? API_FIELD_ALIASES[error.field] : error.code === "FORBIDDEN" || error.code === "NOT_FOUND" ? "audience" : undefined;
    if (field && COMPOSER_FIELDS.includes(field) && !result.fields[field]) {
      result.fields[field] = pushMessage(error, field, t, fmt);
      continue;
    }
    const text = error.message.toLowerCase();
    const message = error.reason === "PUSH_BLOCKED" || text.includes("blocked") ? t("push.errors.blocked") : describeError(error, t, fmt).message;
    if (!result.form.includes(message)) result.form.push(message);
  }
  return result;
}
