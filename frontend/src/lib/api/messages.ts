import { type FormatContext, formatDateTime, formatWait } from "@/lib/format";
import type { MessageKey, Translator } from "@/lib/i18n";
import type { ApiError } from "./errors";

// Turns the API's errors (extensions.code, reason, field, retryAfter...) into sentences a person
// can act on, in the panel's language. Nothing raw (codes, stack traces) reaches the screen.

export interface HumanError {
  message: string;
  /** The form field the error belongs to, when the API named one. */
  field?: string;
}

/** Messages for BAD_USER_INPUT on a named field, in our words rather than the API's English. */
const FIELD_MESSAGES: Record<string, { key: MessageKey; params?: Record<string, number> }> = {
  email: { key: "validation.email" },
  password: { key: "validation.password" },
  latitude: { key: "validation.latitude" },
  longitude: { key: "validation.longitude" },
  timeZone: { key: "validation.timeZone" },
  locale: { key: "validation.locale" },
  locationIds: { key: "validation.staffLocations" },
  name: { key: "validation.length", params: { max: 120 } },
  businessName: { key: "validation.length", params: { max: 120 } },
  displayName: { key: "validation.length", params: { max: 120 } },
  address: { key: "validation.maxLength", params: { max: 300 } },
  // Customers (CustomerValidation, Contacts, CustomerNotes on the API side).
  firstName: { key: "validation.length", params: { max: 80 } },
  lastName: { key: "validation.maxLength", params: { max: 80 } },
  phone: { key: "customers.validation.phone" },
  tag: { key: "customers.validation.tag", params: { max: 40 } },
  tags: { key: "customers.validation.tooManyTags", params: { max: 50 } },
  body: { key: "customers.validation.note", params: { max: 2000 } },
  amount: { key: "counter.amountInvalid" },
};

/** Refusals of redeemReward (loyalty), by extensions.reason. */
const LOYALTY_REASONS: Record<string, MessageKey> = {
  INSUFFICIENT_BALANCE: "errors.insufficientBalance",
  OUT_OF_STOCK: "errors.outOfStock",
  REWARD_INACTIVE: "errors.rewardInactive",
  PROGRAM_INACTIVE: "errors.programInactive",
};

function badInput(error: ApiError, t: Translator): HumanError {
  if (error.reason === "LOCATION_LIMIT_REACHED") {
    return { message: t("errors.locationLimit", { limit: error.limit ?? "?" }) };
  }
  const loyalty = error.reason ? LOYALTY_REASONS[error.reason] : undefined;
  if (loyalty) return { message: t(loyalty), field: error.field };
  const message = error.message.toLowerCase();
  // Rules about the acting Admin themself have no reason code in the API; recognise them by text.
  if (message.includes("own admin role")) return { message: t("errors.selfRole"), field: error.field };
  if (message.includes("deactivate yourself")) return { message: t("errors.selfDeactivate"), field: error.field };
  if (error.field === "locationIds" && message.includes("unknown location")) {
    return { message: t("errors.notFound"), field: error.field };
  }
  if (error.field === "birthday") {
    return { message: t(message.includes("future") ? "customers.validation.birthdayFuture" : "customers.validation.birthday"), field: "birthday" };
  }
  const known = error.field ? FIELD_MESSAGES[error.field] : undefined;
  if (known) return { message: t(known.key, known.params), field: error.field };
  return { message: t("errors.badInput", { detail: error.message || "?" }), field: error.field };
}

export function describeError(error: ApiError, t: Translator, fmt: FormatContext): HumanError {
  switch (error.code) {
    case "UNAUTHENTICATED":
      return error.reason === "INVALID_CREDENTIALS"
        ? { message: t("errors.invalidCredentials") }
        : { message: t("errors.sessionExpired") };
    case "SESSION_EXPIRED":
      return { message: t("errors.sessionExpired") };
    case "FORBIDDEN":
      if (error.reason === "ACCOUNT_LOCKED") {
        return error.lockedUntil && !Number.isNaN(Date.parse(error.lockedUntil))
          ? { message: t("errors.accountLocked", { time: formatDateTime(error.lockedUntil, fmt) }) }
          : { message: t("errors.accountLockedNoTime") };
      }
      if (error.reason === "ACCOUNT_DEACTIVATED") return { message: t("errors.accountDeactivated") };
      return { message: t("errors.forbidden") };
    case "RATE_LIMITED":
      return { message: t("errors.rateLimited", { wait: formatWait(error.retryAfter ?? 60, t) }) };
    case "NOT_FOUND":
      return { message: t("errors.notFound") };
    case "BAD_USER_INPUT":
      return badInput(error, t);
    case "CONFLICT":
      return error.field === "email"
        ? { message: t("errors.emailTaken"), field: "email" }
        : { message: t("errors.conflict"), field: error.field };
    case "INTERNAL_SERVER_ERROR":
      return { message: t("errors.internal") };
    case "NETWORK_ERROR":
      return { message: t("errors.network") };
    default:
      return { message: t("errors.unknown") };
  }
}

export interface FormErrors<F extends string> {
  fields: Partial<Record<F, string>>;
  /** What does not belong to one of the form's fields, shown above the form. */
  form: string[];
}

/** Splits API errors between the form's fields (shown beside them) and the form as a whole. */
export function formErrorsFromApi<F extends string>(
  errors: readonly ApiError[],
  fields: readonly F[],
  t: Translator,
  fmt: FormatContext,
  aliases: Partial<Record<string, F>> = {},
): FormErrors<F> {
  const result: FormErrors<F> = { fields: {}, form: [] };
  for (const error of errors) {
    const human = describeError(error, t, fmt);
    const target = human.field ? (aliases[human.field] ?? human.field) : undefined;
    if (target && (fields as readonly string[]).includes(target) && !result.fields[target as F]) {
      result.fields[target as F] = human.message;
    } else if (!result.form.includes(human.message)) {
      result.form.push(human.message);
    }
  }
  return result;
}
