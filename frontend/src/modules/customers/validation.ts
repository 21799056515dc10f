import type { CreateCustomerInput, UpdateCustomerInput } from "@/gql/graphql";
import { checkEmail, type FieldErrors, type Issue, type Validated } from "@/lib/validation";

// The customer form's checks, mirroring the API's CustomerValidation and Contacts (names 1–80, a
// loose email pattern, a plausible phone, a birthday between 1900-01-01 and today, tags 1–40
// characters, at most 50), so what passes here is what the API accepts. The API still decides the
// details (the phone's country, duplicates): its answers land beside the same fields.

export const CUSTOMER_LIMITS = { name: 80, tag: 40, tags: 50, note: 2000, phone: 40 } as const;
const OLDEST_BIRTHDAY = "1900-01-01";

export interface CustomerFormValues {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  /** yyyy-mm-dd from <input type="date">, or "". */
  birthday: string;
  preferredLocationId: string;
  /** Comma-separated, as typed. */
  tags: string;
  consentPush: boolean;
  consentLocation: boolean;
  consentMarketing: boolean;
}

export type CustomerField = "firstName" | "lastName" | "email" | "phone" | "birthday" | "preferredLocationId" | "tags";

export const EMPTY_CUSTOMER_FORM: CustomerFormValues = {
  firstName: "",
  lastName: "",
  email: "",
  phone: "",
  birthday: "",
  preferredLocationId: "",
  tags: "",
  consentPush: false,
  consentLocation: false,
  consentMarketing: false,
};

/** Tags as the API stores them: trimmed, single-spaced, lower-case, de-duplicated, in order. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  for (const raw of text.split(",")) {
    const tag = raw.trim().replace(/\s+/g, " ").toLowerCase();
    if (tag) seen.add(tag);
  }
  return [...seen];
}

export function checkTag(tag: string): Issue | undefined {
  const normalized = tag.trim().replace(/\s+/g, " ");
  if (normalized === "") return { key: "validation.required" };
  if (normalized.length > CUSTOMER_LIMITS.tag) return { key: "customers.validation.tag", params: { max: CUSTOMER_LIMITS.tag } };
  return undefined;
}

/** A phone as people type it: digits with spaces, dots, dashes, parentheses and an optional leading +. */
export function checkPhone(text: string): Issue | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  if (trimmed.length > CUSTOMER_LIMITS.phone || !/^\+?[\d\s().-]+$/.test(trimmed)) return { key: "customers.validation.phone" };
  const digits = trimmed.replace(/\D/g, "").length;
  return digits >= 6 && digits <= 15 ? undefined : { key: "customers.validation.phone" };
}

/** today: the business's date (yyyy-mm-dd), so "not in the future" means what the API means. */
export function checkBirthday(text: string, today: string): Issue | undefined {
  if (text === "") return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return { key: "customers.validation.birthday" };
  const date = new Date(`${text}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text) return { key: "customers.validation.birthday" };
  if (text > today) return { key: "customers.validation.birthdayFuture" };
  if (text < OLDEST_BIRTHDAY) return { key: "customers.validation.birthday" };
  return undefined;
}

function checkPersonName(value: string, required: boolean): Issue | undefined {
  const trimmed = value.trim();
  if (required && trimmed === "") return { key: "validation.required" };
  if (trimmed.length > CUSTOMER_LIMITS.name) return { key: "validation.maxLength", params: { max: CUSTOMER_LIMITS.name } };
  return undefined;
}

function checkTags(text: string): Issue | undefined {
  const tags = parseTags(text);
  if (tags.length > CUSTOMER_LIMITS.tags) return { key: "customers.validation.tooManyTags", params: { max: CUSTOMER_LIMITS.tags } };
  for (const tag of tags) {
    const issue = checkTag(tag);
    if (issue) return issue;
  }
  return undefined;
}

/** The fields as the API wants them (empty optional fields as null). */
export interface CheckedCustomer {
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  birthday: string | null;
  preferredLocationId: string | null;
  tags: string[];
}

export function validateCustomer(values: CustomerFormValues, today: string): Validated<CustomerField, CheckedCustomer> {
  const errors: FieldErrors<CustomerField> = {};
  const firstName = checkPersonName(values.firstName, true);
  if (firstName) errors.firstName = firstName;
  const lastName = checkPersonName(values.lastName, false);
  if (lastName) errors.lastName = lastName;
  if (values.email.trim() !== "") {
    const email = checkEmail(values.email);
    if (email) errors.email = email;
  }
  const phone = checkPhone(values.phone);
  if (phone) errors.phone = phone;
  const birthday = checkBirthday(values.birthday, today);
  if (birthday) errors.birthday = birthday;
  const tags = checkTags(values.tags);
  if (tags) errors.tags = tags;
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    errors,
    value: {
      firstName: values.firstName.trim().replace(/\s+/g, " "),
      lastName: values.lastName.trim().replace(/\s+/g, " "),
      email: values.email.trim().toLowerCase() || null,
      phone: values.phone.trim() || null,
      birthday: values.birthday || null,
      preferredLocationId: values.preferredLocationId || null,
      tags: parseTags(values.tags),
    },
  };
}

export function createInput(checked: CheckedCustomer, values: CustomerFormValues): CreateCustomerInput {
  const input: CreateCustomerInput = { firstName: checked.firstName, tags: checked.tags };
  if (checked.lastName) input.lastName = checked.lastName;
  if (checked.email) input.email = checked.email;
  if (checked.phone) input.phone = checked.phone;
  if (checked.birthday) input.birthday = checked.birthday;
  if (checked.preferredLocationId) input.preferredLocationId = checked.preferredLocationId;
  // Only answers actually given are recorded: an unticked box means "not asked", not "refused".
  const consents = { push: values.consentPush, location: values.consentLocation, marketing: values.consentMarketing };
  if (consents.push || consents.location || consents.marketing) {
    input.consents = {
      source: "PANEL",
      ...(consents.push ? { push: true } : {}),
      ...(consents.location ? { location: true } : {}),
      ...(consents.marketing ? { marketing: true } : {}),
    };
  }
  return input;
}

export interface CustomerOriginal {
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  birthday: string | null;
  preferredLocation: { id: string } | null;
  tags: readonly string[];
}

/** Only what changed (UpdateCustomerInput semantics: a field left out stays, null clears it). */
export function updateInput(original: CustomerOriginal, checked: CheckedCustomer): UpdateCustomerInput {
  const input: UpdateCustomerInput = {};
  if (checked.firstName !== original.firstName) input.firstName = checked.firstName;
  if (checked.lastName !== original.lastName) input.lastName = checked.lastName;
  if (checked.email !== (original.email ?? null)) input.email = checked.email;
  // The API stores phones in E.164: a number typed differently but equal after normalising is
  // still sent, and the API keeps it as it is.
  if (checked.phone !== (original.phone ?? null)) input.phone = checked.phone;
  if (checked.birthday !== (original.birthday ?? null)) input.birthday = checked.birthday;
  if (checked.preferredLocationId !== (original.preferredLocation?.id ?? null)) input.preferredLocationId = checked.preferredLocationId;
  const sameTags = checked.tags.length === original.tags.length && checked.tags.every((t) => original.tags.includes(t));
  if (!sameTags) input.tags = checked.tags;
  return input;
}

export function formValuesOf(customer: CustomerOriginal): CustomerFormValues {
  return {
    ...EMPTY_CUSTOMER_FORM,
    firstName: customer.firstName,
    lastName: customer.lastName,
    email: customer.email ?? "",
    phone: customer.phone ?? "",
    birthday: customer.birthday ?? "",
    preferredLocationId: customer.preferredLocation?.id ?? "",
    tags: customer.tags.join(", "),
  };
}

/** Today's date (yyyy-mm-dd) in a time zone, e.g. the business's. */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  try {
    return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
  } catch {
    return now.toISOString().slice(0, 10);
  }
}
