import { describe, expect, it } from "vitest";
import { en } from "./en";
import { es } from "./es";
import { createTranslator, DEFAULT_LOCALE, dictionary, interpolate, isLocale, panelLanguageOf, resolveLocale } from "./index";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("i18n", () => {
  it("defaults to Spanish for Latin America", () => {
    expect(DEFAULT_LOCALE).toBe("es-419");
    expect(resolveLocale(null, null)).toBe("es-419");
  });

  it("has the same keys in English as in Spanish", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(es).sort());
  });

  it("uses the same placeholders in both languages", () => {
    for (const key of Object.keys(es) as Array<keyof typeof es>) {
      expect(placeholders(en[key]), key).toEqual(placeholders(es[key]));
    }
  });

  it("has no empty message", () => {
    for (const [key, text] of [...Object.entries(es), ...Object.entries(en)]) expect(text.trim(), key).not.toBe("");
  });

  it("translates with parameters", () => {
    expect(createTranslator("es-419")("dashboard.welcome", { name: "Ana" })).toBe("Hola, Ana");
    expect(createTranslator("en")("dashboard.welcome", { name: "Ana" })).toBe("Hello, Ana");
  });

  it("leaves unknown placeholders visible rather than printing undefined", () => {
    expect(interpolate("{a} y {b}", { a: 1 })).toBe("1 y {b}");
    expect(interpolate("sin parámetros")).toBe("sin parámetros");
  });

  it("maps business locales to a panel language", () => {
    expect(panelLanguageOf("en-US")).toBe("en");
    expect(panelLanguageOf("EN")).toBe("en");
    expect(panelLanguageOf("es-CO")).toBe("es-419");
    expect(panelLanguageOf("pt-BR")).toBe("es-419");
    expect(panelLanguageOf(undefined)).toBe("es-419");
  });

  it("lets this browser's choice win over the business's locale", () => {
    expect(resolveLocale("en", "es-419")).toBe("en");
    expect(resolveLocale("es-419", "en-US")).toBe("es-419");
    expect(resolveLocale("fr", "en-US")).toBe("en");
  });

  it("knows which locales it ships", () => {
    expect(isLocale("en")).toBe(true);
    expect(isLocale("es-419")).toBe(true);
    expect(isLocale("es")).toBe(false);
    expect(isLocale(42)).toBe(false);
  });

  it("exposes the dictionaries read-only by locale", () => {
    expect(dictionary("en")["nav.locations"]).toBe("Locations");
    expect(dictionary("es-419")["nav.locations"]).toBe("Ubicaciones");
  });

  it("names every role in both languages", () => {
    for (const role of ["ADMIN", "STAFF", "ANALYST"] as const) {
      expect(createTranslator("es-419")(`role.${role}`)).not.toMatch(/^role\./);
      expect(createTranslator("en")(`role.${role}`)).not.toMatch(/^role\./);
    }
  });
});
