import type { MessageKey, Params } from "@/lib/i18n";

// Checks run beside each field before anything is sent. They mirror the API's own rules
// (identity Credentials, LocationService) so that what passes here is what the API accepts.

export interface Issue {
  key: MessageKey;
  params?: Params;
}

export type FieldErrors<F extends string> = Partial<Record<F, Issue>>;

export type Validated<F extends string, V> =
  | { ok: true; value: V; errors: FieldErrors<F> }
  | { ok: false; errors: FieldErrors<F> };

// Same pattern as the API: one @, a dot in the domain, no spaces.
const EMAIL = /^[^@\s]{1,64}@[^@\s]+\.[^@\s]{2,}$/;

/** Locales the API accepts for a business (identity BusinessSettings). */
export const BUSINESS_LOCALES = ["es-419", "es", "en", "en-US", "pt-BR"] as const;

export const LIMITS = {
  name: 120,
  address: 300,
  passwordMin: 10,
  passwordMax: 72,
  email: 254,
} as const;

export function checkRequired(value: string): Issue | undefined {
  return value.trim() === "" ? { key: "validation.required" } : undefined;
}

export function checkEmail(value: string): Issue | undefined {
  const normalized = value.trim().toLowerCase();
  if (normalized === "") return { key: "validation.required" };
  if (normalized.length > LIMITS.email || !EMAIL.test(normalized)) return { key: "validation.email" };
  return undefined;
}

export function checkPassword(value: string): Issue | undefined {
  if (value === "") return { key: "validation.required" };
  if (value.length < LIMITS.passwordMin || value.length > LIMITS.passwordMax) return { key: "validation.password" };
  if (!/\p{L}/u.test(value) || !/\p{Nd}/u.test(value)) return { key: "validation.password" };
  return undefined;
}

export function checkName(value: string, max: number = LIMITS.name): Issue | undefined {
  const trimmed = value.trim();
  if (trimmed === "") return { key: "validation.required" };
  if (trimmed.length > max) return { key: "validation.maxLength", params: { max } };
  return undefined;
}

export function checkMaxLength(value: string, max: number): Issue | undefined {
  return value.trim().length > max ? { key: "validation.maxLength", params: { max } } : undefined;
}

/**
 * A coordinate as typed by a person: "4.6486", " -74.06 ", or with a decimal comma ("4,6486"), as
 * much of Latin America writes it. Returns null when it is not a plain decimal number.
 */
export function parseDecimal(text: string): number | null {
  let trimmed = text.trim();
  if (trimmed === "") return null;
  if (!trimmed.includes(".") && (trimmed.match(/,/g) ?? []).length === 1) trimmed = trimmed.replace(",", ".");
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

export function checkLatitude(text: string): Issue | undefined {
  if (text.trim() === "") return { key: "validation.required" };
  const value = parseDecimal(text);
  if (value === null) return { key: "validation.number" };
  if (value < -90 || value > 90) return { key: "validation.latitude" };
  return undefined;
}

export function checkLongitude(text: string): Issue | undefined {
  if (text.trim() === "") return { key: "validation.required" };
  const value = parseDecimal(text);
  if (value === null) return { key: "validation.number" };
  if (value < -180 || value > 180) return { key: "validation.longitude" };
  return undefined;
}

export function checkTimeZone(value: string, allowed: readonly string[]): Issue | undefined {
  if (value.trim() === "") return { key: "validation.required" };
  return allowed.includes(value) ? undefined : { key: "validation.timeZone" };
}

function collect<F extends string>(checks: Record<F, Issue | undefined>): FieldErrors<F> {
  const errors: FieldErrors<F> = {};
  for (const field of Object.keys(checks) as F[]) {
    const issue = checks[field];
    if (issue) errors[field] = issue;
  }
  return errors;
}

function result<F extends string, V>(errors: FieldErrors<F>, value: () => V): Validated<F, V> {
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value: value(), errors };
}

// --- Forms ---------------------------------------------------------------------------------------

export interface LoginForm {
  email: string;
  password: string;
}

export function validateLogin(form: LoginForm): Validated<keyof LoginForm, LoginForm> {
  // At login only presence and shape: the password rules may have changed since the account was made.
  const errors = collect<keyof LoginForm>({
    email: checkEmail(form.email),
    password: form.password === "" ? { key: "validation.required" } : undefined,
  });
  return result(errors, () => ({ email: form.email.trim().toLowerCase(), password: form.password }));
}

export interface SignUpForm {
  businessName: string;
  timeZone: string;
  locale: string;
  displayName: string;
  email: string;
  password: string;
}

export function validateSignUp(form: SignUpForm, timeZones: readonly string[]): Validated<keyof SignUpForm, SignUpForm> {
  const errors = collect<keyof SignUpForm>({
    businessName: checkName(form.businessName),
    timeZone: checkTimeZone(form.timeZone, timeZones),
    locale: (BUSINESS_LOCALES as readonly string[]).includes(form.locale) ? undefined : { key: "validation.locale" },
    displayName: checkName(form.displayName),
    email: checkEmail(form.email),
    password: checkPassword(form.password),
  });
  return result(errors, () => ({
    ...form,
    businessName: form.businessName.trim(),
    displayName: form.displayName.trim(),
    email: form.email.trim().toLowerCase(),
  }));
}

export interface AcceptInvitationForm {
  displayName: string;
  password: string;
}

export function validateAcceptInvitation(
  form: AcceptInvitationForm,
): Validated<keyof AcceptInvitationForm, AcceptInvitationForm> {
  const errors = collect<keyof AcceptInvitationForm>({
    displayName: checkName(form.displayName),
    password: checkPassword(form.password),
  });
  return result(errors, () => ({ displayName: form.displayName.trim(), password: form.password }));
}

export interface LocationForm {
  name: string;
  address: string;
  timeZone: string;
  latitude: string;
  longitude: string;
}

export interface LocationInput {
  name: string;
  address: string;
  timeZone: string;
  point: { latitude: number; longitude: number };
}

export function validateLocation(form: LocationForm, timeZones: readonly string[]): Validated<keyof LocationForm, LocationInput> {
  const errors = collect<keyof LocationForm>({
    name: checkName(form.name),
    address: checkMaxLength(form.address, LIMITS.address),
    timeZone: checkTimeZone(form.timeZone, timeZones),
    latitude: checkLatitude(form.latitude),
    longitude: checkLongitude(form.longitude),
  });
  return result(errors, () => ({
    name: form.name.trim(),
    address: form.address.trim(),
    timeZone: form.timeZone,
    point: { latitude: parseDecimal(form.latitude)!, longitude: parseDecimal(form.longitude)! },
  }));
}

export type RoleValue = "ADMIN" | "STAFF" | "ANALYST";

export interface InviteForm {
  email: string;
  role: RoleValue;
  locationIds: string[];
}

/** Staff must be given at least one location; other roles see all, so their list is dropped. */
export function checkRoleLocations(role: RoleValue, locationIds: readonly string[]): Issue | undefined {
  return role === "STAFF" && locationIds.length === 0 ? { key: "validation.staffLocations" } : undefined;
}

export function validateInvite(form: InviteForm): Validated<keyof InviteForm, InviteForm> {
  const errors = collect<keyof InviteForm>({
    email: checkEmail(form.email),
    role: ["ADMIN", "STAFF", "ANALYST"].includes(form.role) ? undefined : { key: "validation.required" },
    locationIds: checkRoleLocations(form.role, form.locationIds),
  });
  return result(errors, () => ({
    email: form.email.trim().toLowerCase(),
    role: form.role,
    locationIds: form.role === "STAFF" ? [...new Set(form.locationIds)] : [],
  }));
}

export interface BusinessForm {
  name: string;
  timeZone: string;
  locale: string;
}

export function validateBusiness(form: BusinessForm, timeZones: readonly string[]): Validated<keyof BusinessForm, BusinessForm> {
  const errors = collect<keyof BusinessForm>({
    name: checkName(form.name),
    timeZone: checkTimeZone(form.timeZone, timeZones),
    locale: (BUSINESS_LOCALES as readonly string[]).includes(form.locale) ? undefined : { key: "validation.locale" },
  });
  return result(errors, () => ({ name: form.name.trim(), timeZone: form.timeZone, locale: form.locale }));
}

/** The issues of a form as messages in the panel's language, keyed by field. */
export function messagesFor<F extends string>(
  errors: FieldErrors<F>,
  t: (key: MessageKey, params?: Params) => string,
): Partial<Record<F, string>> {
  const messages: Partial<Record<F, string>> = {};
  for (const field of Object.keys(errors) as F[]) {
    const issue = errors[field];
    if (issue) messages[field] = t(issue.key, issue.params);
  }
  return messages;
}
