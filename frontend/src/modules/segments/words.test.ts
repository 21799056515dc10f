import { describe, expect, it } from "vitest";
import { createTranslator } from "@/lib/i18n";
import { apiCondition, CHAMPIONS_CONDITION } from "./fixtures";
import type { Condition } from "./tree";
import { conditionWords } from "./words";

// A segment's condition in words, rendered by the panel from the structured condition in the panel's
// language (the API's Segment.description is English only).

const LOCATION = "44444444-4444-4444-8444-444444444444";
const locations = new Map([[LOCATION, "Centro"]]);
const es = { t: createTranslator("es-419"), fmt: { locale: "es-CO", timeZone: "America/Bogota" }, locations };
const en = { t: createTranslator("en"), fmt: { locale: "en-US", timeZone: "America/Bogota" }, locations };

function both(condition: Condition): [string, string] {
  return [conditionWords(condition, es), conditionWords(condition, en)];
}

describe("conditionWords", () => {
  it("reads the ready-made segments in Spanish and in English", () => {
    expect(conditionWords(CHAMPIONS_CONDITION, es)).toBe("última visita en los últimos 30 días y al menos 10 visitas");
    expect(conditionWords(CHAMPIONS_CONDITION, en)).toBe("last visit in the last 30 days and at least 10 visits");
    // rfm:loyal: champions excluded.
    const loyal = apiCondition({
      all: [
        { fact: "LAST_VISIT", op: "WITHIN_LAST_DAYS", days: 60 },
        { fact: "VISIT_COUNT", op: "GTE", number: 5 },
        { not: { all: [{ fact: "LAST_VISIT", op: "WITHIN_LAST_DAYS", days: 30 }, { fact: "VISIT_COUNT", op: "GTE", number: 10 }] } },
      ],
    });
    expect(conditionWords(loyal, es)).toBe("última visita en los últimos 60 días y al menos 5 visitas y no (última visita en los últimos 30 días y al menos 10 visitas)");
    expect(conditionWords(loyal, en)).toBe("last visit in the last 60 days and at least 5 visits and not (last visit in the last 30 days and at least 10 visits)");
    expect(both({ all: [{ fact: "ENROLLED", op: "WITHIN_LAST_DAYS", days: 30 }, { fact: "VISIT_COUNT", op: "LTE", number: 2 }] })).toEqual([
      "se unió en los últimos 30 días y como máximo 2 visitas",
      "joined in the last 30 days and at most 2 visits",
    ]);
    expect(both({ fact: "LAST_VISIT", op: "MORE_THAN_DAYS_AGO", days: 180 })).toEqual(["última visita hace más de 180 días", "last visit more than 180 days ago"]);
  });

  it("keeps a nested group in parentheses, and 'or' for any", () => {
    expect(both({ all: [{ any: [{ fact: "TAG", tag: "vip" }, { fact: "TAG", tag: "frecuente" }] }, { not: { fact: "VISIT_COUNT", op: "GTE", number: 2 } }] })).toEqual([
      "(con la etiqueta «vip» o con la etiqueta «frecuente») y no (al menos 2 visitas)",
      "(tagged “vip” or tagged “frecuente”) and not (at least 2 visits)",
    ]);
  });

  it("says every comparison, with the singular for one and the number in the panel's format", () => {
    expect(both({ fact: "VISIT_COUNT", op: "EQ", number: 1 })).toEqual(["exactamente 1 visita", "exactly 1 visit"]);
    expect(both({ fact: "VISIT_COUNT", op: "GT", number: 4 })).toEqual(["más de 4 visitas", "more than 4 visits"]);
    expect(both({ fact: "VISIT_COUNT", op: "LT", number: 3 })).toEqual(["menos de 3 visitas", "fewer than 3 visits"]);
    expect(both({ fact: "POINTS_BALANCE", op: "GTE", number: 1500 })).toEqual(["al menos 1.500 puntos", "at least 1,500 points"]);
  });

  it("reads dates as calendar days in the business's zone, and 'never visited'", () => {
    // Midnight of 1 March 2026 in Bogotá is 05:00 UTC.
    expect(both({ fact: "FIRST_VISIT", op: "AFTER", date: "2026-03-01T05:00:00Z" })).toEqual([
      "primera visita desde el 1 de marzo de 2026",
      "first visit on or after March 1, 2026",
    ]);
    expect(both({ fact: "ENROLLED", op: "BEFORE", date: "2026-03-01T05:00:00Z" })).toEqual(["se unió antes del 1 de marzo de 2026", "joined before March 1, 2026"]);
    expect(both({ fact: "LAST_VISIT", op: "NEVER" })).toEqual(["nunca ha venido", "never visited"]);
  });

  it("names locations from the lookup, and the other facts in the panel's language", () => {
    expect(both({ fact: "VISITED_LOCATION", locationId: LOCATION })).toEqual(["visitó Centro", "visited Centro"]);
    expect(both({ fact: "VISITED_LOCATION", locationId: LOCATION, days: 1 })).toEqual(["visitó Centro en los últimos 1 día", "visited Centro in the last 1 day"]);
    expect(conditionWords({ fact: "VISITED_LOCATION", locationId: "other" }, es)).toBe("visitó un local");
    expect(conditionWords({ fact: "VISITED_LOCATION", locationId: LOCATION }, { ...en, locations: undefined })).toBe("visited a location");
    expect(both({ fact: "BIRTHDAY_MONTH", month: 3 })).toEqual(["cumple años en marzo", "birthday in March"]);
    expect(both({ fact: "CONSENT", consent: "MARKETING" })).toEqual(["aceptó mensajes de marketing", "accepted marketing messages"]);
    expect(both({ fact: "DEVICE_PLATFORM", platform: "IOS" })).toEqual(["tiene la app en iOS", "has the app on iOS"]);
    expect(both({ fact: "OPENED_NOTIFICATION", days: 14 })).toEqual(["abrió una notificación en los últimos 14 días", "opened a notification in the last 14 days"]);
  });

  it("marks what is missing in a condition still being built instead of failing", () => {
    expect(both({ all: [{ fact: "VISIT_COUNT", op: "GTE" }, {}] })).toEqual(["al menos ? y ?", "at least ? and ?"]);
  });
});
