import { describe, expect, it } from "vitest";
import { createTranslator } from "@/lib/i18n";
import type { ApiError } from "./errors";
import { describeError, formErrorsFromApi } from "./messages";

const t = createTranslator("es-419");
const en = createTranslator("en");
const fmt = { locale: "es-CO", timeZone: "America/Bogota" };
const say = (error: ApiError, translator = t) => describeError(error, translator, fmt).message;

describe("human messages for API errors", () => {
  it("says the email or password is wrong", () => {
    expect(say({ code: "UNAUTHENTICATED", message: "Email or password is incorrect", reason: "INVALID_CREDENTIALS" })).toBe(
      "El correo o la contraseña no son correctos.",
    );
  });

  it("says when a locked account can try again, in the given time zone", () => {
    const message = say({ code: "FORBIDDEN", message: "", reason: "ACCOUNT_LOCKED", lockedUntil: "2026-11-28T15:30:00Z" });
    expect(message).toMatch(/bloqueada/);
    expect(message).toMatch(/10:30/);
  });

  it("still explains a lock without a time", () => {
    expect(say({ code: "FORBIDDEN", message: "", reason: "ACCOUNT_LOCKED" })).toMatch(/Inténtalo más tarde/);
  });

  it("says how long to wait when rate limited", () => {
    expect(say({ code: "RATE_LIMITED", message: "", retryAfter: 30 })).toBe("Demasiados intentos. Espera 30 s antes de volver a intentarlo.");
    expect(say({ code: "RATE_LIMITED", message: "", retryAfter: 900 }, en)).toBe("Too many attempts. Wait 15 min before trying again.");
  });

  it("explains deactivated accounts and forbidden actions", () => {
    expect(say({ code: "FORBIDDEN", message: "", reason: "ACCOUNT_DEACTIVATED" })).toMatch(/desactivada/);
    expect(say({ code: "FORBIDDEN", message: "Not allowed" })).toBe("Tu rol no permite hacer esto.");
  });

  it("explains the plan's location limit with its number", () => {
    expect(say({ code: "BAD_USER_INPUT", message: "", reason: "LOCATION_LIMIT_REACHED", limit: 5 })).toMatch(/5 ubicaciones activas/);
  });

  it("puts field errors beside the field, in our words", () => {
    expect(describeError({ code: "BAD_USER_INPUT", message: "Latitude must be between -90 and 90", field: "latitude" }, t, fmt)).toEqual({
      message: "La latitud debe estar entre -90 y 90.",
      field: "latitude",
    });
  });

  it("keeps the API's detail for fields it has no words for", () => {
    expect(say({ code: "BAD_USER_INPUT", message: "first must be between 1 and 100", field: "first" })).toBe(
      "Algún dato no es válido: first must be between 1 and 100",
    );
  });

  it("recognises the rules about the acting Admin themself", () => {
    expect(say({ code: "BAD_USER_INPUT", message: "You cannot remove your own Admin role", field: "role" })).toBe(
      "No puedes quitarte tu propio rol de administrador.",
    );
    expect(say({ code: "BAD_USER_INPUT", message: "You cannot deactivate yourself", field: "id" })).toBe("No puedes desactivarte a ti mismo.");
  });

  it("says a taken email belongs to the email field", () => {
    expect(describeError({ code: "CONFLICT", message: "", field: "email" }, t, fmt)).toEqual({ message: "Ese correo ya está registrado.", field: "email" });
  });

  it.each([
    ["NOT_FOUND", /No encontramos/],
    ["INTERNAL_SERVER_ERROR", /El servidor tuvo un problema/],
    ["NETWORK_ERROR", /No hay conexión/],
    ["SESSION_EXPIRED", /Tu sesión terminó/],
    ["GRAPHQL_VALIDATION_FAILED", /error inesperado/],
    ["UNKNOWN", /error inesperado/],
  ] as const)("has a sentence for %s", (code, expected) => {
    expect(say({ code, message: "raw text never shown" })).toMatch(expected);
  });

  it("never shows a raw code or stack", () => {
    for (const code of ["INTERNAL_SERVER_ERROR", "UNKNOWN", "CONFLICT"] as const) {
      expect(say({ code, message: "java.lang.NullPointerException at Foo.bar" })).not.toMatch(/java|Exception|_/);
    }
  });

  it("splits errors between the form's fields and the form", () => {
    const result = formErrorsFromApi(
      [
        { code: "BAD_USER_INPUT", message: "", field: "latitude" },
        { code: "BAD_USER_INPUT", message: "", field: "longitude" },
        { code: "FORBIDDEN", message: "" },
        { code: "FORBIDDEN", message: "" },
      ],
      ["name", "latitude"] as const,
      t,
      fmt,
    );
    expect(result.fields).toEqual({ latitude: "La latitud debe estar entre -90 y 90." });
    // longitude is not a field of this form; the duplicate FORBIDDEN is shown once.
    expect(result.form).toEqual(["La longitud debe estar entre -180 y 180.", "Tu rol no permite hacer esto."]);
  });

  it("maps API field names onto the form's own names", () => {
    const result = formErrorsFromApi([{ code: "BAD_USER_INPUT", message: "", field: "point" }], ["latitude"] as const, t, fmt, { point: "latitude" });
    expect(Object.keys(result.fields)).toEqual(["latitude"]);
  });
});
