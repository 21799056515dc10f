import type { ApiError } from "@/lib/api/errors";
import { describeError, type FormErrors } from "@/lib/api/messages";
import type { FormatContext } from "@/lib/format";
import type { Translator } from "@/lib/i18n";
import type { Issue } from "@/lib/validation";

// The mobile apps page's rules and words, in a plain module: the server page reads the page size and
// the shim's base URL, the client components the rest (a server component importing a constant from a
// "use client" file gets a reference, not the value).

/** Apps per page: a business has a handful (one per store app, plus test builds). */
export const MOBILE_APPS_PAGE_SIZE = 50;

/** The API's limit on an app's name (MobileAppService), counted after trimming and collapsing spaces. */
export const MOBILE_APP_NAME_MAX = 80;

/** Where the REST shim for customers' apps lives on the API (MobileSecurityConfiguration.BASE). */
export const MOBILE_API_PATH = "/api/mobile/v1";

/** The name as the API stores it: trimmed, runs of whitespace made one space. */
export function normaliseAppName(raw: string): string {
  return raw.trim().replace(/\s+/g, " ");
}

/** The same check the API makes, so the form answers before sending. */
export function checkAppName(raw: string): Issue | undefined {
  const name = normaliseAppName(raw);
  if (name === "") return { key: "validation.required" };
  if (name.length > MOBILE_APP_NAME_MAX) return { key: "validation.length", params: { max: MOBILE_APP_NAME_MAX } };
  return undefined;
}

/**
 * The API's refusals of createMobileApp: BAD_USER_INPUT on `name` goes beside the field in our words
 * (the generic `name` message of lib/api/messages says 120 characters; an app's name allows 80), anything
 * else (FORBIDDEN, a network error...) above the form.
 */
export function mobileAppErrorsFromApi(errors: readonly ApiError[], t: Translator, fmt: FormatContext): FormErrors<"name"> {
  const result: FormErrors<"name"> = { fields: {}, form: [] };
  for (const error of errors) {
    if (error.code === "BAD_USER_INPUT" && error.field === "name") {
      result.fields.name ??= t("validation.length", { max: MOBILE_APP_NAME_MAX });
      continue;
    }
    const message = describeError(error, t, fmt).message;
    if (!result.form.includes(message)) result.form.push(message);
  }
  return result;
}

/**
 * The shim's base URL as the customers' apps reach it: RADAR_MOBILE_API_URL when the public address
 * differs from the one the panel's server uses (a load balancer, another host name), otherwise the
 * origin of the GraphQL URL the panel talks to.
 */
export function mobileApiBaseUrl(publicUrl: string | undefined, graphqlUrl: string): string {
  const configured = publicUrl?.trim();
  if (configured) return configured.replace(/\/+$/, "");
  try {
    return `${new URL(graphqlUrl).origin}${MOBILE_API_PATH}`;
  } catch {
    return MOBILE_API_PATH;
  }
}

/** What an app's first call looks like: enrolling a customer with the key in X-App-Key. */
export function enrolmentSnippet(baseUrl: string, publicKey: string): string {
  return [
    `curl -X POST ${baseUrl}/enrolments \\`,
    `  -H "X-App-Key: ${publicKey}" \\`,
    `  -H "Content-Type: application/json" \\`,
    `  -d '{"firstName": "Ana", "email": "ana@example.com"}'`,
  ].join("\n");
}
