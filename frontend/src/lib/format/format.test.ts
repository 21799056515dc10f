import { describe, expect, it } from "vitest";
import { createTranslator } from "@/lib/i18n";
import { EMPTY, formatCoordinates, formatDate, formatDateTime, formatNumber, formatTime, formatWait, formattingLocale } from "./index";

const bogota = { locale: "es-CO", timeZone: "America/Bogota" };

describe("formatting", () => {
  it("shows instants in the business's time zone", () => {
    // 15:30 UTC is 10:30 in Bogotá (UTC-5, no daylight saving).
    expect(formatTime("2026-11-28T15:30:00Z", { locale: "en-US", timeZone: "America/Bogota" })).toMatch(/10:30/);
    expect(formatTime("2026-11-28T15:30:00Z", { locale: "en-US", timeZone: "Asia/Tokyo" })).toMatch(/12:30/);
  });

  it("crosses the date line with the time zone", () => {
    expect(formatDate("2026-11-28T03:00:00Z", { locale: "en-US", timeZone: "America/Bogota" })).toMatch(/November 27/);
  });

  it("uses the locale's words and order", () => {
    expect(formatDate("2026-11-28T15:30:00Z", bogota)).toMatch(/28 de noviembre de 2026/);
  });

  it("shows a dash for missing or invalid dates", () => {
    expect(formatDateTime(null, bogota)).toBe(EMPTY);
    expect(formatDateTime("not a date", bogota)).toBe(EMPTY);
  });

  it("falls back to UTC for an unknown time zone instead of throwing", () => {
    expect(formatDateTime("2026-11-28T15:30:00Z", { locale: "en-US", timeZone: "Nowhere/Land" })).toMatch(/3:30/);
  });

  it("formats numbers with the locale's separators", () => {
    expect(formatNumber(1234.5, "es-CO", 1)).toBe("1.234,5");
    expect(formatNumber(1234.5, "en-US", 1)).toBe("1,234.5");
    expect(formatNumber(Number.NaN, "en-US")).toBe(EMPTY);
  });

  it("shows coordinates with five decimals", () => {
    expect(formatCoordinates(4.6486, -74.0628, "en-US")).toBe("4.64860; -74.06280");
  });

  it("keeps the business's own locale when it speaks the panel's language", () => {
    expect(formattingLocale("es-419", "es-CO")).toBe("es-CO");
    expect(formattingLocale("en", "es-CO")).toBe("en");
    expect(formattingLocale("en", "en-US")).toBe("en-US");
    expect(formattingLocale("es-419", null)).toBe("es-419");
  });

  it("rounds waits up to seconds or minutes", () => {
    const t = createTranslator("en");
    expect(formatWait(0.2, t)).toBe("1 s");
    expect(formatWait(45, t)).toBe("45 s");
    expect(formatWait(600, t)).toBe("10 min");
    expect(formatWait(601, t)).toBe("11 min");
  });
});

describe("money", () => {
  it("uses the currency's decimals without rounding away the cents given", async () => {
    const { formatMoney } = await import("./index");
    expect(formatMoney("12500", "COP", "es-CO")).toMatch(/^\$\s?12\.500$/);
    expect(formatMoney("12500.50", "COP", "es-CO")).toMatch(/^\$\s?12\.500,50$/);
    expect(formatMoney("3.5", "USD", "en-US")).toBe("$3.50");
    expect(formatMoney(null, "USD", "en-US")).toBe("—");
    expect(formatMoney("abc", "USD", "en-US")).toBe("—");
  });
});
