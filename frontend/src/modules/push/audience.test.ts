import { describe, expect, it } from "vitest";
import { createTranslator } from "@/lib/i18n";
import { audienceWords, segmentWords } from "./audience";

const es = { t: createTranslator("es-419"), fmt: { locale: "es-CO", timeZone: "America/Bogota" } };
const en = { t: createTranslator("en"), fmt: { locale: "en-US", timeZone: "America/Bogota" } };
const none = { search: null, tags: [], preferredLocationId: null, visitedLocationId: null, lastVisitFrom: null,
  lastVisitTo: null, minVisits: null, maxVisits: null, createdFrom: null, createdTo: null };

describe("a send's audience in the panel's language", () => {
  it("words each kind, keeping one customer's stored name", () => {
    expect(audienceWords({ audienceKind: "CUSTOMER", audienceSummary: "Ana Pérez" }, es)).toBe("Ana Pérez");
    expect(audienceWords({ audienceKind: "CUSTOMERS", audienceSummary: "1,200 customers", audienceCustomerCount: 1200 }, es))
      .toBe("1.200 clientes");
    expect(audienceWords({ audienceKind: "CUSTOMERS", audienceSummary: "1,200 customers", audienceCustomerCount: 1200 }, en))
      .toBe("1,200 customers");
    expect(audienceWords({ audienceKind: "SEGMENT", audienceSummary: "Segment: tag vip", audienceSegment: { ...none, tags: ["vip"] } }, es))
      .toBe("Segmento: etiqueta vip");
    expect(audienceWords({ audienceKind: "ALL", audienceSummary: "Everyone" }, es)).toBe("Todos los clientes");
    expect(audienceWords({ audienceKind: "ALL", audienceSummary: "Everyone" }, en)).toBe("Every customer");
  });

  it("falls back to the API's summary when the structured audience is missing", () => {
    expect(audienceWords({ audienceKind: "SEGMENT", audienceSummary: "Segment: tag vip", audienceSegment: null }, es))
      .toBe("Segment: tag vip");
  });

  it("words every filter of a segment, dates as the days picked in the business's zone", () => {
    const segment = {
      search: " maria ", tags: ["vip", "frecuente"], preferredLocationId: "l1", visitedLocationId: "l2",
      // The composer's days 2026-11-01 to 2026-11-15 in Bogotá (UTC-5): the upper bound is the next day's start.
      lastVisitFrom: "2026-11-01T05:00:00Z", lastVisitTo: "2026-11-16T05:00:00Z",
      minVisits: 3, maxVisits: 1, createdFrom: null, createdTo: "2026-01-01T05:00:00Z",
    };
    const locations = new Map([["l1", "Centro"]]);
    const words = segmentWords(segment, { ...es, locations });
    expect(words).toBe("nombre, correo o teléfono con «maria», etiqueta vip, etiqueta frecuente, prefiere Centro, "
      + "visitó una ubicación, última visita del 1 de noviembre de 2026 al 15 de noviembre de 2026, "
      + "se unió hasta el 31 de diciembre de 2025, "
      + "al menos 3 visitas, como máximo 1 visita");
    expect(segmentWords(segment, { ...en, locations })).toContain("last visit from November 1, 2026 to November 15, 2026");
    expect(segmentWords(none, es)).toBe("todos los clientes");
  });
});
