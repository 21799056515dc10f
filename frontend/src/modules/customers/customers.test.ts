import { describe, expect, it } from "vitest";
import { createTranslator } from "@/lib/i18n";
import { currentStart, FIRST_PAGE, hasPrevious, nextPage, pageRange, previousPage } from "@/lib/pagination";
import { conflictOf } from "./conflicts";
import { isFiltered, normalizeSearch, parseListQuery, toCustomerFilter, toQueryString } from "./filters";
import { appendUnique, describeEntry, groupByDay } from "./timeline";
import {
  checkBirthday,
  checkPhone,
  createInput,
  EMPTY_CUSTOMER_FORM,
  formValuesOf,
  parseTags,
  todayIn,
  updateInput,
  validateCustomer,
  type CustomerFormValues,
} from "./validation";

const t = createTranslator("es-419");
const fmt = { locale: "es-CO", timeZone: "America/Bogota" };

describe("customer list filters", () => {
  it("reads the URL's filters and writes them back without empty values", () => {
    const query = parseListQuery(new URLSearchParams("q=ana%20g&tag=VIP&location=abc"));
    expect(query).toEqual({ search: "ana g", tag: "vip", locationId: "abc" });
    expect(toQueryString(query)).toBe("?q=ana+g&tag=vip&location=abc");
    expect(toQueryString({ search: "  ", tag: "", locationId: "" })).toBe("");
  });

  it("reads Next's searchParams objects, arrays included", () => {
    expect(parseListQuery({ q: ["uno", "dos"], tag: undefined })).toEqual({ search: "uno", tag: "", locationId: "" });
  });

  it("turns the list query into the API filter, or null when nothing is filtered", () => {
    expect(toCustomerFilter({ search: "", tag: "", locationId: "" })).toBeNull();
    expect(toCustomerFilter({ search: " ana   gómez ", tag: "vip", locationId: "l1" })).toEqual({ search: "ana gómez", tag: "vip", visitedLocationId: "l1" });
    expect(isFiltered({ search: "", tag: "vip", locationId: "" })).toBe(true);
  });

  it("keeps searches within what the API accepts (8 words, 100 characters)", () => {
    expect(normalizeSearch("a b c d e f g h i j")).toBe("a b c d e f g h");
    expect(normalizeSearch("x".repeat(150))).toHaveLength(100);
  });
});

describe("page stack over a forward-only connection", () => {
  it("goes forward with end cursors and back to where each page started", () => {
    let stack = nextPage(FIRST_PAGE, "c25");
    stack = nextPage(stack, "c50");
    expect(currentStart(stack)).toBe("c50");
    stack = previousPage(stack);
    expect(currentStart(stack)).toBe("c25");
    expect(hasPrevious(stack)).toBe(true);
    expect(previousPage(previousPage(stack))).toEqual({ starts: [null, "c25", "c50"], index: 0 });
  });

  it("forgets the pages after the current one when it moves forward again", () => {
    const back = previousPage(nextPage(nextPage(FIRST_PAGE, "a"), "b"));
    expect(nextPage(back, "z").starts).toEqual([null, "a", "z"]);
    expect(nextPage(FIRST_PAGE, null)).toBe(FIRST_PAGE);
  });

  it("numbers the rows on screen", () => {
    expect(pageRange(nextPage(FIRST_PAGE, "a"), 25, 3, 28)).toEqual({ from: 26, to: 28, total: 28 });
    expect(pageRange(FIRST_PAGE, 25, 0, 0)).toEqual({ from: 0, to: 0, total: 0 });
  });
});

const form = (changes: Partial<CustomerFormValues>): CustomerFormValues => ({ ...EMPTY_CUSTOMER_FORM, firstName: "Ana", ...changes });

describe("customer form checks", () => {
  it("needs a first name and at most 80 characters per name", () => {
    expect(validateCustomer(form({ firstName: " " }), "2026-11-28").errors.firstName?.key).toBe("validation.required");
    expect(validateCustomer(form({ lastName: "x".repeat(81) }), "2026-11-28").errors.lastName?.key).toBe("validation.maxLength");
  });

  it("accepts an empty email but not a malformed one", () => {
    expect(validateCustomer(form({ email: "" }), "2026-11-28").ok).toBe(true);
    expect(validateCustomer(form({ email: "ana@" }), "2026-11-28").errors.email?.key).toBe("validation.email");
  });

  it("accepts phones as people type them", () => {
    expect(checkPhone("300 123 4567")).toBeUndefined();
    expect(checkPhone("+57 (300) 123-4567")).toBeUndefined();
    expect(checkPhone("12")?.key).toBe("customers.validation.phone");
    expect(checkPhone("300-ABC")?.key).toBe("customers.validation.phone");
  });

  it("refuses birthdays in the future, before 1900 or that do not exist", () => {
    expect(checkBirthday("1990-04-21", "2026-11-28")).toBeUndefined();
    expect(checkBirthday("2026-11-29", "2026-11-28")?.key).toBe("customers.validation.birthdayFuture");
    expect(checkBirthday("1899-12-31", "2026-11-28")?.key).toBe("customers.validation.birthday");
    expect(checkBirthday("2023-02-30", "2026-11-28")?.key).toBe("customers.validation.birthday");
  });

  it("normalises tags like the API and limits their length", () => {
    expect(parseTags(" VIP, almuerzo ,vip,, Fin  de semana")).toEqual(["vip", "almuerzo", "fin de semana"]);
    expect(validateCustomer(form({ tags: "x".repeat(41) }), "2026-11-28").errors.tags?.key).toBe("customers.validation.tag");
  });

  it("builds the create input with only the consents given", () => {
    const values = form({ lastName: " Gómez ", email: " ANA@x.co ", consentPush: true });
    const checked = validateCustomer(values, "2026-11-28");
    if (!checked.ok) throw new Error("expected valid");
    expect(createInput(checked.value, values)).toEqual({
      firstName: "Ana",
      lastName: "Gómez",
      email: "ana@x.co",
      tags: [],
      consents: { source: "PANEL", push: true },
    });
  });

  it("sends only what changed on edit, with null to clear a field", () => {
    const original = { firstName: "Ana", lastName: "Gómez", email: "ana@x.co", phone: "+573001234567", birthday: null, preferredLocation: { id: "l1" }, tags: ["vip"] };
    const values = { ...formValuesOf(original), email: "", birthday: "1990-04-21", preferredLocationId: "", tags: "vip" };
    const checked = validateCustomer(values, "2026-11-28");
    if (!checked.ok) throw new Error("expected valid");
    expect(updateInput(original, checked.value)).toEqual({ email: null, birthday: "1990-04-21", preferredLocationId: null });
  });

  it("knows today's date in the business's time zone", () => {
    const lateInBogota = new Date("2026-11-29T03:00:00Z");
    expect(todayIn("America/Bogota", lateInBogota)).toBe("2026-11-28");
    expect(todayIn("Not/AZone", lateInBogota)).toBe("2026-11-29");
  });
});

describe("duplicate customers", () => {
  it("finds the existing customer named by a CONFLICT", () => {
    expect(conflictOf([{ code: "CONFLICT", message: "", field: "phone", existingCustomerId: "c1" }])).toEqual({ field: "phone", existingCustomerId: "c1" });
    expect(conflictOf([{ code: "CONFLICT", message: "" }])).toBeNull();
    expect(conflictOf([{ code: "BAD_USER_INPUT", message: "", field: "email" }])).toBeNull();
  });
});

describe("timeline", () => {
  const ctx = { t, fmt, currency: "COP", locationName: (id: string) => (id === "l1" ? "Centro" : undefined) };
  const node = (kind: string, details: Record<string, string>, occurredAt = "2026-11-28T15:00:00Z") => ({
    id: `${kind}:${occurredAt}`,
    occurredAt,
    kind,
    title: "API title",
    details: Object.entries(details).map(([key, value]) => ({ key, value })),
  });

  it("describes visits with their place and amount in the business's currency", () => {
    const entry = describeEntry(node("VISIT", { locationId: "l1", amount: "12500.50", currency: "COP", source: "MANUAL" }), ctx);
    expect(entry.title).toBe("Visita en Centro");
    expect(entry.lines[0]).toMatch(/^Consumo: \$\s?12\.500,50$/);
    expect(entry.lines[1]).toBe("Registrada a mano");
  });

  it("describes consent changes and notes in Spanish, and falls back to the API's title", () => {
    expect(describeEntry(node("CONSENT", { type: "MARKETING", granted: "false", source: "IN_STORE" }), ctx)).toMatchObject({
      title: "Retiró: Mensajes de marketing",
      lines: ["Vía: En el local"],
    });
    expect(describeEntry(node("NOTE", { body: "Mesa 4" }), ctx).lines).toEqual(["Mesa 4"]);
    expect(describeEntry(node("POINTS", {}), ctx)).toMatchObject({ title: "API title", kindLabel: "Puntos" });
    expect(describeEntry(node("POINTS", { delta: "-20", program: "Café Puntos", reason: "ADJUSTMENT", note: "Error de caja", balanceAfter: "30" }), ctx)).toMatchObject({
      title: "-20 en Café Puntos",
      lines: ["Ajuste manual", "Motivo: Error de caja", "Saldo: 30"],
    });
    expect(describeEntry(node("REDEMPTION", { reward: "Café gratis", cost: "100", balanceAfter: "5", locationId: "l1" }), ctx)).toMatchObject({
      title: "Canjeó «Café gratis»",
      lines: ["Costo: 100 · saldo: 5", "Centro"],
    });
  });

  it("groups by the business's day and appends pages without repeats", () => {
    const late = node("NOTE", {}, "2026-11-29T03:00:00Z");
    const early = node("NOTE", {}, "2026-11-28T13:00:00Z");
    const next = node("NOTE", {}, "2026-11-27T13:00:00Z");
    expect(groupByDay([late, early, next], "America/Bogota").map((g) => [g.day, g.entries.length])).toEqual([
      ["2026-11-28", 2],
      ["2026-11-27", 1],
    ]);
    expect(appendUnique([late, early], [early, next]).map((e) => e.id)).toEqual([late.id, early.id, next.id]);
  });
});
