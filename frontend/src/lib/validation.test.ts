import { describe, expect, it } from "vitest";
import {
  checkEmail,
  checkLatitude,
  checkLongitude,
  checkName,
  checkPassword,
  checkRoleLocations,
  checkTimeZone,
  messagesFor,
  parseDecimal,
  validateAcceptInvitation,
  validateBusiness,
  validateInvite,
  validateLocation,
  validateLogin,
  validateSignUp,
} from "./validation";
import { createTranslator } from "./i18n";

const ZONES = ["America/Bogota", "America/Mexico_City", "UTC"];

describe("field checks", () => {
  it.each(["ana@cafe.example", "  Ana@Cafe.Example.CO ", "a.b+c@sub.dominio.com.mx"])("accepts the email %s", (email) => {
    expect(checkEmail(email)).toBeUndefined();
  });

  it.each(["", "   "])("asks for a missing email (%j)", (email) => {
    expect(checkEmail(email)?.key).toBe("validation.required");
  });

  it.each(["ana", "ana@cafe", "ana@@cafe.com", "ana maria@cafe.com", "ana@cafe.c", `${"a".repeat(65)}@cafe.com`])(
    "refuses the malformed email %s",
    (email) => {
      expect(checkEmail(email)?.key).toBe("validation.email");
    },
  );

  it("accepts a password of 10+ characters with a letter and a digit", () => {
    expect(checkPassword("CafeDemo!2026")).toBeUndefined();
    expect(checkPassword("ñandú12345")).toBeUndefined();
  });

  it.each(["short1", "onlyletterslong", "1234567890123", "a1".repeat(37)])("refuses the weak or too long password %s", (password) => {
    expect(checkPassword(password)?.key).toBe("validation.password");
  });

  it("asks for a missing password", () => {
    expect(checkPassword("")?.key).toBe("validation.required");
  });

  it("checks names: required, trimmed, at most 120 characters", () => {
    expect(checkName("  ")?.key).toBe("validation.required");
    expect(checkName(" Café ")).toBeUndefined();
    expect(checkName("x".repeat(121))).toEqual({ key: "validation.maxLength", params: { max: 120 } });
  });

  it("reads decimals with a point or a single decimal comma", () => {
    expect(parseDecimal("4.6486")).toBe(4.6486);
    expect(parseDecimal(" -74,0628 ")).toBe(-74.0628);
    expect(parseDecimal("+12")).toBe(12);
    expect(parseDecimal(".5")).toBe(0.5);
  });

  it.each(["", "abc", "1.2.3", "1,2,3", "4.5e3", "12°", "1 000"])("does not read %j as a coordinate", (text) => {
    expect(parseDecimal(text)).toBeNull();
  });

  it("bounds latitude to [-90, 90] and longitude to [-180, 180]", () => {
    expect(checkLatitude("90")).toBeUndefined();
    expect(checkLatitude("-90.0")).toBeUndefined();
    expect(checkLatitude("90.0001")?.key).toBe("validation.latitude");
    expect(checkLongitude("-180")).toBeUndefined();
    expect(checkLongitude("180.5")?.key).toBe("validation.longitude");
  });

  it("tells a missing coordinate from one that is not a number", () => {
    expect(checkLatitude(" ")?.key).toBe("validation.required");
    expect(checkLongitude("norte")?.key).toBe("validation.number");
  });

  it("accepts only listed time zones", () => {
    expect(checkTimeZone("America/Bogota", ZONES)).toBeUndefined();
    expect(checkTimeZone("Mars/Olympus", ZONES)?.key).toBe("validation.timeZone");
    expect(checkTimeZone("", ZONES)?.key).toBe("validation.required");
  });

  it("requires locations for Staff only", () => {
    expect(checkRoleLocations("STAFF", [])?.key).toBe("validation.staffLocations");
    expect(checkRoleLocations("STAFF", ["l1"])).toBeUndefined();
    expect(checkRoleLocations("ADMIN", [])).toBeUndefined();
    expect(checkRoleLocations("ANALYST", [])).toBeUndefined();
  });
});

describe("forms", () => {
  it("normalises the login email and keeps the password as typed", () => {
    const result = validateLogin({ email: " Ana@Cafe.Example ", password: " secreto " });
    expect(result).toMatchObject({ ok: true, value: { email: "ana@cafe.example", password: " secreto " } });
  });

  it("flags every empty login field at once", () => {
    const result = validateLogin({ email: "", password: "" });
    expect(result.ok).toBe(false);
    expect(Object.keys(result.errors).sort()).toEqual(["email", "password"]);
  });

  it("validates the whole sign-up form and trims what it sends", () => {
    const result = validateSignUp(
      { businessName: " Café Demo ", timeZone: "America/Bogota", locale: "es-419", displayName: " Ana ", email: "ANA@cafe.example", password: "CafeDemo!2026" },
      ZONES,
    );
    expect(result.ok && result.value).toMatchObject({ businessName: "Café Demo", displayName: "Ana", email: "ana@cafe.example" });
  });

  it("refuses a sign-up locale the API does not know", () => {
    const result = validateSignUp(
      { businessName: "C", timeZone: "UTC", locale: "fr-FR", displayName: "A", email: "a@b.co", password: "CafeDemo!2026" },
      ZONES,
    );
    expect(result.errors.locale?.key).toBe("validation.locale");
  });

  it("turns a valid location form into the API's input with numbers", () => {
    const result = validateLocation({ name: " Chapinero ", address: " Calle 60 ", timeZone: "America/Bogota", latitude: "4,6486", longitude: "-74.0628" }, ZONES);
    expect(result).toMatchObject({
      ok: true,
      value: { name: "Chapinero", address: "Calle 60", timeZone: "America/Bogota", point: { latitude: 4.6486, longitude: -74.0628 } },
    });
  });

  it("flags each wrong location field beside it", () => {
    const result = validateLocation({ name: "", address: "x".repeat(301), timeZone: "Nowhere", latitude: "91", longitude: "x" }, ZONES);
    expect(result.ok).toBe(false);
    expect(result.errors).toEqual({
      name: { key: "validation.required" },
      address: { key: "validation.maxLength", params: { max: 300 } },
      timeZone: { key: "validation.timeZone" },
      latitude: { key: "validation.latitude" },
      longitude: { key: "validation.number" },
    });
  });

  it("drops location ids when inviting someone who is not Staff", () => {
    const result = validateInvite({ email: "x@y.co", role: "ADMIN", locationIds: ["a"] });
    expect(result.ok && result.value.locationIds).toEqual([]);
  });

  it("deduplicates Staff locations in an invitation", () => {
    const result = validateInvite({ email: "x@y.co", role: "STAFF", locationIds: ["a", "a", "b"] });
    expect(result.ok && result.value.locationIds).toEqual(["a", "b"]);
  });

  it("requires a name and a strong password to accept an invitation", () => {
    const result = validateAcceptInvitation({ displayName: "", password: "abc" });
    expect(result.errors).toEqual({ displayName: { key: "validation.required" }, password: { key: "validation.password" } });
  });

  it("validates the business settings", () => {
    expect(validateBusiness({ name: "Café", timeZone: "UTC", locale: "pt-BR" }, ZONES).ok).toBe(true);
    expect(validateBusiness({ name: "Café", timeZone: "UTC", locale: "xx" }, ZONES).errors.locale?.key).toBe("validation.locale");
  });

  it("renders issues as messages in the panel's language", () => {
    const messages = messagesFor({ name: { key: "validation.maxLength", params: { max: 120 } } }, createTranslator("en"));
    expect(messages).toEqual({ name: "At most 120 characters." });
  });
});
