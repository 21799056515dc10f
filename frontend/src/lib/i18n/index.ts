import { en } from "./en";
import { es, type MessageKey } from "./es";

export type { MessageKey };

/** Languages the panel ships: Spanish for Latin America (default) and English. */
export const LOCALES = ["es-419", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "es-419";

/** Cookie holding this browser's language choice (readable by JS on purpose: it is no secret). */
export const LANGUAGE_COOKIE = "radar_lang";

export type Params = Record<string, string | number>;
export type Translator = (key: MessageKey, params?: Params) => string;

const DICTIONARIES: Record<Locale, Record<MessageKey, string>> = { "es-419": es, en };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * The panel language for a BCP 47 tag (a business's locale or a browser's choice): English for
 * en-*, Spanish for es-* and anything else the panel does not ship (pt-BR falls back to Spanish).
 */
export function panelLanguageOf(tag: string | null | undefined): Locale {
  if (!tag) return DEFAULT_LOCALE;
  const lower = tag.trim().toLowerCase();
  if (lower === "en" || lower.startsWith("en-")) return "en";
  return DEFAULT_LOCALE;
}

/** This browser's choice wins; then the business's locale; then Spanish. */
export function resolveLocale(preference: string | null | undefined, businessLocale?: string | null): Locale {
  if (isLocale(preference)) return preference;
  return panelLanguageOf(businessLocale);
}

export function interpolate(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export function createTranslator(locale: Locale): Translator {
  const dictionary = DICTIONARIES[locale];
  return (key, params) => interpolate(dictionary[key] ?? es[key] ?? key, params);
}

export function dictionary(locale: Locale): Readonly<Record<MessageKey, string>> {
  return DICTIONARIES[locale];
}
