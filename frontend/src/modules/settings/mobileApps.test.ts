import { describe, expect, it } from "vitest";
import type { ApiError } from "@/lib/api/errors";
import { createTranslator } from "@/lib/i18n";
import { can, navItemsFor } from "@/lib/permissions";
import {
  MOBILE_API_PATH,
  MOBILE_APP_NAME_MAX,
  checkAppName,
  enrolmentSnippet,
  mobileApiBaseUrl,
  mobileAppErrorsFromApi,
  normaliseAppName,
} from "./mobileApps";

// The mobile apps page's rules: the name check mirrors the API's (MobileAppService.create), the API's
// refusals land beside the field or above the form, and the shim's base URL shown to the Admin.

const t = createTranslator("es-419");
const en = createTranslator("en");
const fmt = { locale: "es-CO", timeZone: "America/Bogota" };

describe("app name", () => {
  it("is stored trimmed with runs of spaces collapsed, as the API does", () => {
    expect(normaliseAppName("  App \t  Android \n")).toBe("App Android");
  });

  it("is required and at most 80 characters after normalising", () => {
    expect(checkAppName("   ")).toEqual({ key: "validation.required" });
    expect(checkAppName("")).toEqual({ key: "validation.required" });
    expect(checkAppName("a".repeat(MOBILE_APP_NAME_MAX))).toBeUndefined();
    expect(checkAppName(`  ${"a".repeat(40)}     ${"b".repeat(39)}  `)).toBeUndefined();
    expect(checkAppName("a".repeat(MOBILE_APP_NAME_MAX + 1))).toEqual({ key: "validation.length", params: { max: 80 } });
  });
});

describe("createMobileApp refusals", () => {
  const badName: ApiError = { code: "BAD_USER_INPUT", field: "name", message: "The app's name must be 1 to 80 characters" };

  it("puts BAD_USER_INPUT on name beside the field, with the app's own limit (not the generic 120)", () => {
    const mapped = mobileAppErrorsFromApi([badName], t, fmt);
    expect(mapped).toEqual({ fields: { name: "Escribe de 1 a 80 caracteres." }, form: [] });
    expect(mobileAppErrorsFromApi([badName], en, fmt).fields.name).toBe("Enter 1 to 80 characters.");
  });

  it("puts anything else above the form, in words, once", () => {
    const forbidden: ApiError = { code: "FORBIDDEN", message: "Requires role ADMIN" };
    const mapped = mobileAppErrorsFromApi([forbidden, forbidden, { code: "NETWORK_ERROR", message: "" }], t, fmt);
    expect(mapped.fields).toEqual({});
    expect(mapped.form).toEqual(["Tu rol no permite hacer esto.", "No hay conexión con el servidor. Revisa tu conexión e inténtalo de nuevo."]);
  });

  it("does not take another field's refusal for the name", () => {
    const mapped = mobileAppErrorsFromApi([{ code: "BAD_USER_INPUT", field: "id", message: "id must be a UUID" }], t, fmt);
    expect(mapped.fields.name).toBeUndefined();
    expect(mapped.form).toHaveLength(1);
  });
});

describe("the shim's base URL", () => {
  it("comes from the GraphQL URL's origin by default", () => {
    expect(mobileApiBaseUrl(undefined, "http://localhost:8080/graphql")).toBe("http://localhost:8080/api/mobile/v1");
    expect(mobileApiBaseUrl("", "https://api.example.com/graphql")).toBe("https://api.example.com/api/mobile/v1");
  });

  it("is RADAR_MOBILE_API_URL when set (the public address), without a trailing slash", () => {
    expect(mobileApiBaseUrl(" https://m.cafe.example/api/mobile/v1/ ", "http://api:8080/graphql")).toBe("https://m.cafe.example/api/mobile/v1");
  });

  it("falls back to the path when the GraphQL URL cannot be parsed", () => {
    expect(mobileApiBaseUrl(undefined, "not a url")).toBe(MOBILE_API_PATH);
  });
});

describe("enrolment snippet", () => {
  it("posts to the base URL's enrolments with the key in X-App-Key", () => {
    const snippet = enrolmentSnippet("https://api.example.com/api/mobile/v1", "pk_live_abc");
    expect(snippet).toContain("curl -X POST https://api.example.com/api/mobile/v1/enrolments");
    expect(snippet).toContain('-H "X-App-Key: pk_live_abc"');
    expect(snippet).toContain("Content-Type: application/json");
  });
});

describe("who manages the apps", () => {
  it("is Admins only, as the API's mobileApps, createMobileApp and revokeMobileApp", () => {
    expect(can("ADMIN", "mobileApps.manage")).toBe(true);
    expect(can("STAFF", "mobileApps.manage")).toBe(false);
    expect(can("ANALYST", "mobileApps.manage")).toBe(false);
    expect(can(null, "mobileApps.manage")).toBe(false);
    // Settings itself stays in everyone's navigation: the apps are a section inside it.
    for (const role of ["ADMIN", "STAFF", "ANALYST"] as const) expect(navItemsFor(role).map((i) => i.key)).toContain("settings");
  });
});
