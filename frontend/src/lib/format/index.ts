import type { Locale, Translator } from "@/lib/i18n";

// Dates and numbers follow the business's settings (time zone, locale), shown in the panel's language.

export interface FormatContext {
  /** BCP 47 tag used by Intl, e.g. es-419, es-CO, en-US. */
  locale: string;
  /** IANA time zone of the business, e.g. America/Bogota. */
  timeZone: string;
}

/**
 * The Intl locale for formatting: the business's own locale when it speaks the panel's language
 * (so a Colombian business keeps its formats), otherwise the panel language itself.
 */
export function formattingLocale(panel: Locale, businessLocale: string | null | undefined): string {
  const language = panel === "en" ? "en" : "es";
  if (businessLocale && businessLocale.toLowerCase().split("-")[0] === language) return businessLocale;
  return panel;
}

function safeTimeZone(timeZone: string): string | undefined {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return timeZone;
  } catch {
    return undefined;
  }
}

function toDate(value: string | Date | null | undefined): Date | null {
  if (value == null || value === "") return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

export const EMPTY = "—";

/** This browser's time zone (for messages outside a business, e.g. "locked until 10:42"). */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  } catch {
    return "UTC";
  }
}

export function formatDateTime(value: string | Date | null | undefined, ctx: FormatContext): string {
  const date = toDate(value);
  if (!date) return EMPTY;
  return new Intl.DateTimeFormat(ctx.locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: safeTimeZone(ctx.timeZone),
  }).format(date);
}

export function formatDate(value: string | Date | null | undefined, ctx: FormatContext): string {
  const date = toDate(value);
  if (!date) return EMPTY;
  return new Intl.DateTimeFormat(ctx.locale, { dateStyle: "long", timeZone: safeTimeZone(ctx.timeZone) }).format(date);
}

export function formatTime(value: string | Date | null | undefined, ctx: FormatContext): string {
  const date = toDate(value);
  if (!date) return EMPTY;
  return new Intl.DateTimeFormat(ctx.locale, { timeStyle: "short", timeZone: safeTimeZone(ctx.timeZone) }).format(date);
}

export function formatNumber(value: number, locale: string, fractionDigits?: number): string {
  if (!Number.isFinite(value)) return EMPTY;
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits ?? 3,
  }).format(value);
}

/** "4,64860, -74,06280" in es-CO; coordinates keep five decimals (about one metre). */
export function formatCoordinates(latitude: number, longitude: number, locale: string): string {
  return `${formatNumber(latitude, locale, 5)}; ${formatNumber(longitude, locale, 5)}`;
}

/** A wait in seconds as a short human duration, rounded up: 45 → "45 s", 61 → "2 min". */
export function formatWait(seconds: number, t: Translator): string {
  const whole = Math.max(1, Math.ceil(seconds));
  if (whole < 90) return t("time.seconds", { count: whole });
  return t("time.minutes", { count: Math.ceil(whole / 60) });
}

/**
 * Money from the API's Decimal (a string such as "12500.50") in the business's currency, e.g.
 * "$ 12.500,50" in es-CO. The currency's usual decimals (none for COP, two for USD), but never fewer
 * than the amount has: 12500.50 COP is not rounded to 12.501. Display only: arithmetic stays in the API.
 */
export function formatMoney(value: string | number | null | undefined, currency: string, locale: string): string {
  if (value === null || value === undefined || value === "") return EMPTY;
  const amount = typeof value === "number" ? value : Number(value);
  if (!Number.isFinite(amount)) return EMPTY;
  const given = Math.min(4, (String(value).split(".")[1] ?? "").replace(/0+$/, "").length);
  try {
    const usual = new Intl.NumberFormat(locale, { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
    return new Intl.NumberFormat(locale, {
      style: "currency",
      currency,
      currencyDisplay: "narrowSymbol",
      minimumFractionDigits: given > usual ? Math.max(2, given) : usual,
      maximumFractionDigits: given > usual ? Math.max(2, given) : usual,
    }).format(amount);
  } catch {
    return `${formatNumber(amount, locale, 2)} ${currency}`;
  }
}
