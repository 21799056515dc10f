import { describe, expect, it } from "vitest";
import { createTranslator } from "@/lib/i18n";
import {
  checkSchedule,
  emptyComposer,
  insertPlaceholder,
  newIdempotencyKey,
  nowLocal,
  payloadShare,
  previewable,
  toSegmentFilter,
  EMPTY_SEGMENT,
  unknownPlaceholders,
  validateComposer,
  zonedLocalToUtc,
  type ComposerValues,
} from "./compose";
import { composerErrorsFromApi } from "./errors";
import { EMPTY_HISTORY_FILTERS, isLive, progressOf, toSendFilter } from "./history";
import { validateSettings } from "./settings";

const t = createTranslator("es-419");
const fmt = { locale: "es-CO", timeZone: "America/Bogota" };
const ZONE = "America/Bogota";
const NOW = new Date("2026-11-29T15:00:00Z"); // 10:00 in Bogotá
const ana = { id: "11111111-1111-4111-8111-111111111111", displayName: "Ana Gómez" };
const composer = (changes: Partial<ComposerValues>): ComposerValues => ({ ...emptyComposer(ana), title: "Hola {{firstName}}", body: "Tienes {{points}} puntos", ...changes });

describe("composer checks", () => {
  it("needs an audience, a title and a text", () => {
    const result = validateComposer({ ...emptyComposer(), title: " ", body: "" }, ZONE, NOW);
    expect(result.ok).toBe(false);
    expect(result.errors.audience?.key).toBe("push.validation.pickCustomer");
    expect(result.errors.title?.key).toBe("validation.required");
    expect(result.errors.body?.key).toBe("validation.required");
    expect(validateComposer(composer({ audience: "CUSTOMERS" }), ZONE, NOW).errors.audience?.key).toBe("push.validation.pickCustomers");
  });

  it("keeps title and text within 200 and 2,000 characters and refuses unknown placeholders", () => {
    expect(validateComposer(composer({ title: "x".repeat(201) }), ZONE, NOW).errors.title).toEqual({ key: "validation.maxLength", params: { max: 200 } });
    expect(validateComposer(composer({ body: "y".repeat(2001) }), ZONE, NOW).errors.body?.params).toEqual({ max: 2000 });
    expect(validateComposer(composer({ body: "Hola {{nombre}}" }), ZONE, NOW).errors.body).toEqual({ key: "push.validation.placeholder", params: { names: "{{nombre}}" } });
    expect(unknownPlaceholders("{{firstName}} {{ points }} {{x}}")).toEqual(["x"]);
  });

  it("checks the image URL, the data keys and the segment's ranges", () => {
    expect(validateComposer(composer({ imageUrl: "http://x.example/a.png" }), ZONE, NOW).errors.imageUrl?.key).toBe("push.validation.imageUrl");
    expect(validateComposer(composer({ imageUrl: "https://cdn.example/a.png" }), ZONE, NOW).ok).toBe(true);
    expect(validateComposer(composer({ data: [{ key: "google.x", value: "1" }] }), ZONE, NOW).errors.data?.key).toBe("push.validation.dataReserved");
    expect(validateComposer(composer({ data: [{ key: "a", value: "1" }, { key: "a", value: "2" }] }), ZONE, NOW).errors.data?.key).toBe("push.validation.dataDuplicate");
    expect(validateComposer(composer({ data: [{ key: "", value: "1" }] }), ZONE, NOW).errors.data?.key).toBe("push.validation.dataKey");
    const segment = { ...emptyComposer().segment, minVisits: "5", maxVisits: "2" };
    expect(validateComposer(composer({ audience: "SEGMENT", segment }), ZONE, NOW).errors.segment?.key).toBe("push.validation.visitsRange");
  });

  it("builds the API input: one customer, trimmed message, empty optional fields left out", () => {
    const result = validateComposer(composer({ title: " Hola ", data: [{ key: " promo ", value: "x" }, { key: "", value: "" }] }), ZONE, NOW);
    expect(result.ok && result.value).toEqual({
      audience: { kind: "CUSTOMER", customerId: ana.id },
      message: { title: "Hola", body: "Tienes {{points}} puntos", imageUrl: null, deepLink: null, data: [{ key: "promo", value: "x" }] },
      scheduledAt: null,
    });
  });

  it("turns a segment into the customers list's filter, days in the business's zone (the 'to' days included)", () => {
    expect(
      toSegmentFilter({ ...EMPTY_SEGMENT, search: " ana  g ", tags: ["VIP"], locationId: "l1", lastVisitFrom: "2026-11-01", lastVisitTo: "2026-11-28", minVisits: "2" }, ZONE),
    ).toEqual({ search: "ana g", tag: "vip", visitedLocationId: "l1", lastVisitFrom: "2026-11-01T05:00:00.000Z", lastVisitTo: "2026-11-29T05:00:00.000Z", minVisits: 2 });
    // Several tags: customers with all of them; the preferred location and the joining days too.
    expect(
      toSegmentFilter({ ...EMPTY_SEGMENT, tags: ["vip", "Café", "vip"], preferredLocationId: "l2", joinedFrom: "2026-10-01", joinedTo: "2026-10-31" }, ZONE),
    ).toEqual({ tags: ["vip", "café"], preferredLocationId: "l2", createdFrom: "2026-10-01T05:00:00.000Z", createdTo: "2026-11-01T05:00:00.000Z" });
  });

  it("asks for a preview only once the audience and both texts are there", () => {
    expect(previewable(composer({}))).toBe(true);
    expect(previewable(composer({ body: "" }))).toBe(false);
    expect(previewable(composer({ audience: "ALL" }))).toBe(true);
  });
});

describe("placeholders", () => {
  it("inserts at the caret, replacing a selection, and moves the caret after it", () => {
    expect(insertPlaceholder("Hola !", 5, 5, "firstName")).toEqual({ text: "Hola {{firstName}}!", caret: 18 });
    expect(insertPlaceholder("Hola XX", 5, 7, "displayName")).toEqual({ text: "Hola {{displayName}}", caret: 20 });
    expect(insertPlaceholder("Puntos: ", null, null, "points")).toEqual({ text: "Puntos: {{points}}", caret: 18 });
  });
});

describe("schedule", () => {
  it("reads the date-time on the business's wall clock", () => {
    expect(zonedLocalToUtc("2026-12-01T09:30", ZONE)).toBe("2026-12-01T14:30:00.000Z");
    expect(zonedLocalToUtc("2026-07-01T09:00", "Europe/Madrid")).toBe("2026-07-01T07:00:00.000Z");
    expect(zonedLocalToUtc("2026-01-15T09:00", "Europe/Madrid")).toBe("2026-01-15T08:00:00.000Z");
    expect(nowLocal(ZONE, NOW)).toBe("2026-11-29T10:00");
  });

  it("refuses a time in the past (in the business's zone) and an empty one", () => {
    expect(checkSchedule("2026-11-29T09:59", ZONE, NOW)).toEqual({ issue: { key: "push.validation.schedulePast" } });
    expect(checkSchedule("2026-11-29T10:05", ZONE, NOW)).toEqual({ at: "2026-11-29T15:05:00.000Z" });
    expect(checkSchedule("", ZONE, NOW)).toEqual({ issue: { key: "validation.required" } });
    const later = validateComposer(composer({ when: "later", scheduledLocal: "2026-11-28T12:00" }), ZONE, NOW);
    expect(later.errors.scheduledAt?.key).toBe("push.validation.schedulePast");
    const ok = validateComposer(composer({ when: "later", scheduledLocal: "2026-11-30T08:00" }), ZONE, NOW);
    expect(ok.ok && ok.value.scheduledAt).toBe("2026-11-30T13:00:00.000Z");
  });
});

describe("idempotency and API errors", () => {
  it("makes one key per composer session", () => {
    expect(newIdempotencyKey(() => "abc")).toBe("panel-abc");
    expect(newIdempotencyKey()).not.toBe(newIdempotencyKey());
  });

  it("puts the API's refusals beside the composer's fields", () => {
    const mapped = composerErrorsFromApi(
      [
        { code: "BAD_USER_INPUT", message: "scheduledAt is in the past", field: "scheduledAt" },
        { code: "BAD_USER_INPUT", message: "The payload is 5012 bytes; FCM accepts 4096", field: "message" },
        { code: "NOT_FOUND", message: "No such customer", field: "customerId" },
        { code: "FORBIDDEN", message: "Staff send to one customer" },
        { code: "INTERNAL_SERVER_ERROR", message: "boom" },
      ],
      t,
      fmt,
    );
    expect(mapped.fields).toEqual({
      scheduledAt: t("push.validation.schedulePast"),
      body: t("push.errors.payloadTooLarge"),
      audience: t("push.errors.unknownCustomer"),
    });
    // The audience already has its error: a second one goes above the form.
    expect(mapped.form).toEqual([t("errors.forbidden"), t("errors.internal")]);
    expect(composerErrorsFromApi([{ code: "FORBIDDEN", message: "Staff send to one customer" }], t, fmt).fields).toEqual({ audience: t("push.errors.staffOneCustomer") });
  });

  it("measures the payload against 4,096 bytes", () => {
    expect(payloadShare(2048)).toEqual({ share: 0.5, over: false });
    expect(payloadShare(5000)).toEqual({ share: 1, over: true });
  });
});

describe("history figures", () => {
  const counts = { total: 10, queued: 3, sending: 1, sent: 5, failed: 1, cancelled: 0, received: 2, opened: 1, heldBack: 2 };

  it("counts sent, failed and cancelled as done, never 100 % while some are pending", () => {
    expect(progressOf(counts, "QUEUED")).toEqual({ done: 6, total: 10, percent: 60 });
    expect(progressOf({ ...counts, total: 1000, sent: 999, queued: 1, failed: 0, sending: 0 }, "QUEUED").percent).toBe(99);
    expect(progressOf({ ...counts, total: 0, sent: 0, failed: 0 }, "DONE").percent).toBe(100);
    expect([isLive("QUEUED"), isLive("EXPANDING"), isLive("SCHEDULED"), isLive("DONE")]).toEqual([true, true, false, false]);
    // A schedule that is due is about to be picked up: its page keeps refreshing.
    const now = Date.parse("2026-11-29T15:00:00Z");
    expect([isLive("SCHEDULED", "2026-11-29T14:59:00Z", now), isLive("SCHEDULED", "2026-11-30T09:00:00Z", now)]).toEqual([true, false]);
  });

  it("filters by status and creation days in the business's zone", () => {
    expect(toSendFilter({ status: "", origin: "", from: "", to: "" }, ZONE)).toBeNull();
    expect(toSendFilter(EMPTY_HISTORY_FILTERS, ZONE)).toEqual({ origin: "PANEL" });
    expect(toSendFilter({ status: "DONE", origin: "GEOPUSH", from: "2026-11-01", to: "2026-11-01" }, ZONE)).toEqual({
      status: "DONE",
      origin: "GEOPUSH",
      createdFrom: "2026-11-01T05:00:00.000Z",
      createdTo: "2026-11-02T05:00:00.000Z",
    });
  });
});

describe("push settings", () => {
  it("takes both quiet hours or neither, and clears what is left empty", () => {
    expect(validateSettings({ quietHoursStart: "22:00", quietHoursEnd: "", frequencyCap: "", frequencyCapWindowHours: "24" }).errors.quietHoursEnd?.key).toBe("push.settings.bothHours");
    expect(validateSettings({ quietHoursStart: "", quietHoursEnd: "", frequencyCap: "", frequencyCapWindowHours: "24" })).toMatchObject({
      ok: true,
      value: { clearQuietHours: true, clearFrequencyCap: true, frequencyCapWindowHours: 24 },
    });
    expect(validateSettings({ quietHoursStart: "22:00", quietHoursEnd: "07:30", frequencyCap: "3", frequencyCapWindowHours: "721" }).errors.frequencyCapWindowHours?.key).toBe("push.settings.windowInvalid");
    expect(validateSettings({ quietHoursStart: "22:00", quietHoursEnd: "07:30", frequencyCap: "3", frequencyCapWindowHours: "24" })).toMatchObject({
      ok: true,
      value: { quietHoursStart: "22:00", quietHoursEnd: "07:30", frequencyCap: 3, frequencyCapWindowHours: 24 },
    });
  });
});
