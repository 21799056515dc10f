import type { ApiError } from "@/lib/api/errors";
import { describeError, type FormErrors } from "@/lib/api/messages";
import type { FormatContext } from "@/lib/format";
import type { MessageKey, Translator } from "@/lib/i18n";
import { BUILDER_FIELDS, builderFieldOf, CAMPAIGN_LIMITS, type BuilderField } from "./builder";

// The API's refusals of createCampaign / updateCampaign / activateCampaign beside the builder's fields
// (extensions.field names the input path, extensions.reason the rule: NEVER_FIRES when the campaign could
// never send). Reasons we know get our words; others keep the API's own detail.

const REASONS: Partial<Record<string, MessageKey>> = {
  NEVER_FIRES: "campaigns.errors.neverFires",
  REQUIRED: "validation.required",
  PAST: "campaigns.validation.past",
  IN_PAST: "campaigns.validation.past",
  ENDS_BEFORE_START: "campaigns.validation.endsBeforeStart",
  INVALID_TIME: "campaigns.validation.time",
  NOT_EDITABLE: "campaigns.errors.notEditable",
  GEOFENCE_INACTIVE: "campaigns.errors.unknownZone",
  PROGRAM_INACTIVE: "campaigns.errors.unknownProgram",
  REWARD_INACTIVE: "campaigns.errors.unknownReward",
  REWARD_NOT_IN_PROGRAM: "campaigns.errors.rewardNotInProgram",
  UNKNOWN_ZONE: "campaigns.errors.unknownZone",
  UNKNOWN_GEOFENCE: "campaigns.errors.unknownZone",
  UNKNOWN_SEGMENT: "campaigns.errors.unknownSegment",
  UNKNOWN_LOCATION: "campaigns.errors.unknownLocation",
  UNKNOWN_PROGRAM: "campaigns.errors.unknownProgram",
  UNKNOWN_REWARD: "campaigns.errors.unknownReward",
  UNKNOWN_PLACEHOLDER: "campaigns.errors.placeholder",
  PAYLOAD_TOO_LARGE: "push.errors.payloadTooLarge",
};

function fieldMessage(error: ApiError, field: BuilderField, t: Translator, fmt: FormatContext): string {
  if (error.code === "NOT_FOUND") {
    if (field === "segment") return t("campaigns.errors.unknownSegment");
    if (field === "geofenceIds") return t("campaigns.errors.unknownZone");
    if (field === "locationIds") return t("campaigns.errors.unknownLocation");
  }
  if (error.code !== "BAD_USER_INPUT" && error.code !== "CONFLICT") return describeError(error, t, fmt).message;
  const known = error.reason ? REASONS[error.reason] : undefined;
  if (known) return t(known);
  if (error.reason === "OUT_OF_RANGE" || error.reason === "NOT_APPLICABLE" || error.reason === "TOO_MANY") return t("campaigns.errors.field", { detail: error.message || "?" });
  if (field === "name" && error.code === "CONFLICT") return t("campaigns.errors.nameTaken");
  if (field === "name") return t("validation.length", { max: CAMPAIGN_LIMITS.name });
  if (field === "imageUrl") return t("push.validation.imageUrl");
  if (field === "deepLink") return t("push.validation.deepLink");
  return t("campaigns.errors.field", { detail: error.message || "?" });
}

export function builderErrorsFromApi(errors: readonly ApiError[], t: Translator, fmt: FormatContext): FormErrors<BuilderField> {
  const result: FormErrors<BuilderField> = { fields: {}, form: [] };
  for (const error of errors) {
    const field = builderFieldOf(error.field);
    if (field && BUILDER_FIELDS.includes(field) && !result.fields[field]) {
      result.fields[field] = fieldMessage(error, field, t, fmt);
      continue;
    }
    const message =
      error.reason === "NOT_EDITABLE" || (error.code === "CONFLICT" && !error.field)
        ? t("campaigns.errors.notEditable")
        : error.reason === "NEVER_FIRES"
          ? t("campaigns.errors.neverFires")
          : describeError(error, t, fmt).message;
    if (!result.form.includes(message)) result.form.push(message);
  }
  return result;
}

/** Refusals of a lifecycle action (activate, pause...) in words, one line each. */
export function lifecycleErrors(errors: readonly ApiError[], t: Translator, fmt: FormatContext): string[] {
  const out: string[] = [];
  for (const error of errors) {
    let message: string;
    if (error.reason === "NEVER_FIRES") message = t("campaigns.errors.neverFires");
    // CONFLICT (NOT_DRAFT, NOT_RUNNING, NOT_PAUSED, ARCHIVED): someone else moved it meanwhile.
    else if (error.code === "CONFLICT") message = t("campaigns.errors.statusChanged");
    else if (error.code === "BAD_USER_INPUT") message = t("campaigns.errors.activation", { detail: error.message || "?" });
    else message = describeError(error, t, fmt).message;
    if (!out.includes(message)) out.push(message);
  }
  return out;
}
