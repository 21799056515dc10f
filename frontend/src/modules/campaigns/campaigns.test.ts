import { describe, expect, it } from "vitest";
import type { CampaignTrigger } from "@/gql/graphql";
import { createTranslator } from "@/lib/i18n";
import { builderFieldOf, emptyBuilder, fromCampaign, isEditable, TRIGGERS, validateBuilder, type BuilderValues } from "./builder";
import { builderErrorsFromApi, lifecycleErrors } from "./errors";
import { campaign, LOCATION_ID, PROGRAM_ID, REWARD_ID, SEGMENT_ID, ZONE_ID } from "./fixtures";
import { actionsFor, showsDryRun, showsFunnel } from "./lifecycle";
import { lookupOf, optionsOf } from "./options";
import { builderOptions } from "./fixtures";
import { barShares, dryRunWarningWords, formatPercent, funnelRates, kindWords, scheduleWords, triggerWords } from "./words";

const ZONE = "America/Bogota";
const NOW = new Date("2026-11-29T12:00:00Z");
const t = createTranslator("es-419");
const fmt = { locale: "es-CO", timeZone: ZONE };

function form(changes: Partial<BuilderValues> = {}): BuilderValues {
  return { ...emptyBuilder(), name: "Te extrañamos", title: "Hola {{firstName}}", body: "Vuelve a {{businessName}}", ...changes };
}

function withTrigger(type: CampaignTrigger, changes: Partial<BuilderValues["trigger"]> = {}): BuilderValues {
  const base = form();
  return { ...base, trigger: { ...base.trigger, type, ...changes } };
}

function inputOf(values: BuilderValues) {
  const checked = validateBuilder(values, ZONE, NOW);
  if (!checked.ok) throw new Error(`refused: ${JSON.stringify(checked.errors)}`);
  return checked.value;
}

describe("builder → CampaignInput, per trigger", () => {
  it("sends only the chosen trigger's own fields", () => {
    expect(inputOf(withTrigger("INACTIVITY", { days: " 45 " })).trigger).toEqual({ type: "INACTIVITY", days: 45 });
    expect(inputOf(withTrigger("BIRTHDAY", { localTime: "08:30" })).trigger).toEqual({ type: "BIRTHDAY", localTime: "08:30" });
    expect(inputOf(withTrigger("WELCOME", { hours: "0" })).trigger).toEqual({ type: "WELCOME", hours: 0 });
    expect(inputOf(withTrigger("AFTER_VISIT", { hours: "3" })).trigger).toEqual({ type: "AFTER_VISIT", hours: 3 });
    expect(inputOf(withTrigger("GEOFENCE_ENTER", { geofenceIds: [ZONE_ID, ZONE_ID], cooldownHours: "12" })).trigger).toEqual({ type: "GEOFENCE_ENTER", geofenceIds: [ZONE_ID], cooldownHours: 12 });
    expect(inputOf(withTrigger("GEOFENCE_DWELL", { geofenceIds: [ZONE_ID], cooldownHours: "" })).trigger).toEqual({ type: "GEOFENCE_DWELL", geofenceIds: [ZONE_ID] });
    expect(inputOf(withTrigger("POINTS_THRESHOLD", { points: "250", programId: PROGRAM_ID })).trigger).toEqual({ type: "POINTS_THRESHOLD", points: 250, programId: PROGRAM_ID });
    expect(inputOf(withTrigger("POINTS_THRESHOLD", { points: "250", programId: "" })).trigger).toEqual({ type: "POINTS_THRESHOLD", points: 250, programId: null });
    expect(inputOf(withTrigger("REWARD_AVAILABLE", { programId: PROGRAM_ID, rewardId: REWARD_ID })).trigger).toEqual({ type: "REWARD_AVAILABLE", programId: PROGRAM_ID, rewardId: REWARD_ID });
    expect(inputOf(withTrigger("REWARD_AVAILABLE")).trigger).toEqual({ type: "REWARD_AVAILABLE", programId: null, rewardId: null });
  });

  it("covers every trigger of the schema", () => {
    for (const type of TRIGGERS) expect(() => inputOf(withTrigger(type, { geofenceIds: [ZONE_ID] }))).not.toThrow();
  });

  it("sends the rest of the campaign: no schedule, segment, scope, message and dates", () => {
    const input = inputOf(form({ segmentId: SEGMENT_ID, locationIds: [LOCATION_ID, LOCATION_ID], imageUrl: " https://cdn.example.com/a.png ", startsLocal: "2026-12-01T08:00", endsLocal: "2027-01-01T00:00" }));
    expect(input).toEqual({
      name: "Te extrañamos",
      kind: "TRIGGERED",
      trigger: { type: "INACTIVITY", days: 30 },
      schedule: null,
      segmentId: SEGMENT_ID,
      locationIds: [LOCATION_ID],
      message: { title: "Hola {{firstName}}", body: "Vuelve a {{businessName}}", imageUrl: "https://cdn.example.com/a.png", deepLink: null, data: null },
      // Bogotá is UTC−5 all year.
      startsAt: "2026-12-01T13:00:00.000Z",
      endsAt: "2027-01-01T05:00:00.000Z",
    });
    expect(inputOf(form()).segmentId).toBeNull();
  });

  it("refuses each trigger's missing or out-of-range fields beside them", () => {
    const refused = (values: BuilderValues) => {
      const checked = validateBuilder(values, ZONE, NOW);
      return checked.ok ? {} : checked.errors;
    };
    expect(refused(withTrigger("INACTIVITY", { days: "0" })).triggerDays).toEqual({ key: "campaigns.validation.range", params: { min: 1, max: 365 } });
    expect(refused(withTrigger("INACTIVITY", { days: "" })).triggerDays).toEqual({ key: "validation.required" });
    expect(refused(withTrigger("WELCOME", { hours: "721" })).triggerHours?.key).toBe("campaigns.validation.range");
    expect(refused(withTrigger("BIRTHDAY", { localTime: "25:00" })).triggerLocalTime?.key).toBe("campaigns.validation.time");
    expect(refused(withTrigger("GEOFENCE_ENTER", { geofenceIds: [] })).geofenceIds?.key).toBe("campaigns.validation.zones");
    expect(refused(withTrigger("GEOFENCE_ENTER", { geofenceIds: [ZONE_ID], cooldownHours: "0" })).cooldownHours?.key).toBe("campaigns.validation.range");
    expect(refused(withTrigger("POINTS_THRESHOLD", { points: "0" })).points?.key).toBe("campaigns.validation.atLeast");
    // Another trigger's bad field is not this trigger's business.
    expect(refused(withTrigger("BIRTHDAY", { days: "nope" }))).toEqual({});
    expect(refused(form({ name: " ", title: "", body: "x".repeat(2001) }))).toMatchObject({ name: { key: "validation.required" }, title: { key: "validation.required" }, body: { key: "validation.maxLength" } });
    expect(refused(form({ body: "Hola {{nombre}}" })).body?.key).toBe("push.validation.placeholder");
    // The rest of the message is checked as a push's.
    expect(refused(form({ imageUrl: "http://x.example/a.png", deepLink: "app://a b", data: [{ key: "", value: "x" }] }))).toEqual({
      imageUrl: { key: "push.validation.imageUrl" },
      deepLink: { key: "push.validation.deepLink" },
      data: { key: "push.validation.dataKey" },
    });
  });
});

describe("builder schedules, in the business's zone", () => {
  it("sends a one-off on activation without a schedule, or at a local time as UTC", () => {
    expect(inputOf(form({ kind: "ONE_OFF" })).schedule).toBeNull();
    expect(inputOf(form({ kind: "ONE_OFF" })).trigger).toBeNull();
    const at = form({ kind: "ONE_OFF", schedule: { ...emptyBuilder().schedule, when: "at", sendAtLocal: "2026-12-24T18:00" } });
    expect(inputOf(at).schedule).toEqual({ sendAt: "2026-12-24T23:00:00.000Z" });
    const madrid = validateBuilder(at, "Europe/Madrid", NOW);
    expect(madrid.ok && madrid.value.schedule).toEqual({ sendAt: "2026-12-24T17:00:00.000Z" });
  });

  it("refuses a one-off time that is empty or already past (on the business's clock)", () => {
    const schedule = { ...emptyBuilder().schedule, when: "at" as const };
    const empty = validateBuilder(form({ kind: "ONE_OFF", schedule: { ...schedule, sendAtLocal: "" } }), ZONE, NOW);
    expect(!empty.ok && empty.errors.sendAt).toEqual({ key: "validation.required" });
    // 06:30 in Bogotá is 11:30 UTC: half an hour before NOW.
    const past = validateBuilder(form({ kind: "ONE_OFF", schedule: { ...schedule, sendAtLocal: "2026-11-29T06:30" } }), ZONE, NOW);
    expect(!past.ok && past.errors.sendAt).toEqual({ key: "campaigns.validation.past" });
  });

  it("repeats daily, weekly on days in week order, or monthly on a day, at a local HH:mm", () => {
    const recurring = (changes: Partial<BuilderValues["schedule"]>) => inputOf(form({ kind: "RECURRING", schedule: { ...emptyBuilder().schedule, ...changes } })).schedule;
    expect(recurring({ frequency: "DAILY", localTime: "07:15" })).toEqual({ frequency: "DAILY", localTime: "07:15" });
    expect(recurring({ frequency: "WEEKLY", days: ["FRI", "MON"], localTime: "09:00" })).toEqual({ frequency: "WEEKLY", days: ["MON", "FRI"], localTime: "09:00" });
    expect(recurring({ frequency: "MONTHLY", dayOfMonth: "31", localTime: "10:00" })).toEqual({ frequency: "MONTHLY", dayOfMonth: 31, localTime: "10:00" });
    const noDays = validateBuilder(form({ kind: "RECURRING", schedule: { ...emptyBuilder().schedule, frequency: "WEEKLY", days: [] } }), ZONE, NOW);
    expect(!noDays.ok && noDays.errors.scheduleDays?.key).toBe("campaigns.validation.weekdays");
    const badDay = validateBuilder(form({ kind: "RECURRING", schedule: { ...emptyBuilder().schedule, frequency: "MONTHLY", dayOfMonth: "32" } }), ZONE, NOW);
    expect(!badDay.ok && badDay.errors.dayOfMonth?.key).toBe("campaigns.validation.range");
  });

  it("refuses an end before the start", () => {
    const checked = validateBuilder(form({ startsLocal: "2026-12-10T00:00", endsLocal: "2026-12-01T00:00" }), ZONE, NOW);
    expect(!checked.ok && checked.errors.endsAt?.key).toBe("campaigns.validation.endsBeforeStart");
  });

  it("reads a saved campaign back into the form on the business's wall clock", () => {
    const saved = campaign({
      kind: "ONE_OFF",
      trigger: null,
      schedule: { sendAt: "2026-12-24T23:00:00Z", frequency: null, days: null, dayOfMonth: null, localTime: null },
      startsAt: "2026-12-01T13:00:00Z",
    });
    const values = fromCampaign(saved, ZONE);
    expect(values.schedule.when).toBe("at");
    expect(values.schedule.sendAtLocal).toBe("2026-12-24T18:00");
    expect(values.startsLocal).toBe("2026-12-01T08:00");
    expect(values.segmentId).toBe(SEGMENT_ID);
    expect(values.locationIds).toEqual([LOCATION_ID]);
    // Saving it unchanged asks for the same campaign.
    expect(validateBuilder(values, ZONE, NOW)).toMatchObject({ ok: true, value: { schedule: { sendAt: "2026-12-24T23:00:00.000Z" }, startsAt: "2026-12-01T13:00:00.000Z" } });
    expect(fromCampaign(campaign(), ZONE).trigger).toMatchObject({ type: "INACTIVITY", days: "30" });
  });
});

describe("API refusals beside the builder's fields", () => {
  it("maps input paths to fields", () => {
    expect(builderFieldOf("trigger.days")).toBe("triggerDays");
    expect(builderFieldOf("input.trigger.geofenceIds[1]")).toBe("geofenceIds");
    expect(builderFieldOf("trigger")).toBe("trigger");
    expect(builderFieldOf("schedule.days.0")).toBe("scheduleDays");
    expect(builderFieldOf("schedule.localTime")).toBe("scheduleLocalTime");
    expect(builderFieldOf("schedule")).toBe("schedule");
    expect(builderFieldOf("segmentId")).toBe("segment");
    expect(builderFieldOf("message.title")).toBe("title");
    expect(builderFieldOf("endsAt")).toBe("endsAt");
    expect(builderFieldOf("whatever")).toBeUndefined();
  });

  it("puts NEVER_FIRES beside the field it names, with the API's reason, and the rest above the form", () => {
    const mapped = builderErrorsFromApi(
      [
        { code: "BAD_USER_INPUT", message: "the schedule never fires before endsAt", field: "endsAt", reason: "NEVER_FIRES" },
        { code: "BAD_USER_INPUT", message: "days must be 1 to 365", field: "trigger.days", reason: "RANGE" },
        { code: "NOT_FOUND", message: "Segment not found", field: "segmentId" },
        { code: "INTERNAL_SERVER_ERROR", message: "boom" },
      ],
      t,
      fmt,
    );
    expect(mapped.fields.endsAt).toBe("Con estos ajustes la campaña nunca enviaría nada: ningún envío cae entre su inicio y su fin.");
    expect(mapped.fields.triggerDays).toBe("No es válido: days must be 1 to 365");
    expect(mapped.fields.segment).toBe("Ese segmento ya no existe.");
    expect(mapped.form).toHaveLength(1);
  });

  it("says in words why a lifecycle action was refused", () => {
    expect(lifecycleErrors([{ code: "BAD_USER_INPUT", message: "no run before endsAt", reason: "NEVER_FIRES" }], t, fmt)).toEqual(["Con estos ajustes la campaña nunca enviaría nada: ningún envío cae entre su inicio y su fin."]);
    expect(lifecycleErrors([{ code: "CONFLICT", message: "not PAUSED" }], t, fmt)).toEqual(["La campaña cambió de estado mientras tanto; recarga la página."]);
  });
});

describe("lifecycle by status", () => {
  it("offers what the API allows in each status, and editing only in DRAFT and PAUSED", () => {
    expect(actionsFor("DRAFT")).toEqual(["activate", "archive"]);
    expect(actionsFor("SCHEDULED")).toEqual(["pause", "archive"]);
    expect(actionsFor("ACTIVE")).toEqual(["pause", "archive"]);
    expect(actionsFor("PAUSED")).toEqual(["resume", "archive"]);
    expect(actionsFor("COMPLETED")).toEqual(["archive"]);
    expect(actionsFor("ARCHIVED")).toEqual([]);
    expect(["DRAFT", "SCHEDULED", "ACTIVE", "PAUSED", "COMPLETED", "ARCHIVED"].filter(isEditable)).toEqual(["DRAFT", "PAUSED"]);
    expect([showsDryRun("DRAFT"), showsDryRun("ACTIVE"), showsFunnel("DRAFT"), showsFunnel("ACTIVE")]).toEqual([true, false, false, true]);
  });
});

describe("settings in words", () => {
  const lookup = lookupOf(optionsOf(builderOptions()));

  it("says what fires a triggered campaign, with zone, program and reward names", () => {
    expect(triggerWords({ type: "INACTIVITY", days: 30 } as never, t)).toBe("Sin visitas durante 30 días");
    expect(triggerWords({ type: "BIRTHDAY", localTime: "09:00" } as never, t)).toBe("En su cumpleaños a las 09:00");
    expect(triggerWords({ type: "GEOFENCE_ENTER", geofenceIds: [ZONE_ID], cooldownHours: null } as never, t, lookup)).toBe("Al entrar en Puerta principal (Café Centro) (como máximo una cada 24 h)");
    expect(triggerWords({ type: "POINTS_THRESHOLD", points: 100, programId: PROGRAM_ID } as never, t, lookup)).toBe("Al llegar a 100 puntos en Puntos Café");
    expect(triggerWords({ type: "REWARD_AVAILABLE", rewardId: null } as never, t, lookup)).toBe("Cuando puede canjear cualquier recompensa");
    expect(triggerWords({ type: "REWARD_AVAILABLE", rewardId: REWARD_ID } as never, t, lookup)).toBe("Cuando puede canjear Café gratis");
  });

  it("says when a scheduled one runs", () => {
    expect(scheduleWords("ONE_OFF", null, t, fmt)).toBe("Una vez, al activarla");
    expect(scheduleWords("RECURRING", { frequency: "WEEKLY", days: ["FRI", "MON"], localTime: "09:00" } as never, t, fmt)).toBe("Cada semana (lun, vie) a las 09:00");
    expect(scheduleWords("RECURRING", { frequency: "MONTHLY", dayOfMonth: 31, localTime: "10:00" } as never, t, fmt)).toContain("el día 31 a las 10:00");
    expect(kindWords({ kind: "ONE_OFF", schedule: { sendAt: "2026-12-24T23:00:00Z" } as never }, t, fmt)).toMatch(/^Una vez, el 24\/12\/2026, 6:00/);
  });

  it("computes the funnel's rates and the conversion over the sent", () => {
    const rates = funnelRates({ targeted: 200, sent: 160, delivered: 150, opened: 40, visited: 20 });
    expect(rates).toEqual({ sent: 0.8, opened: 0.2, visited: 0.1, conversion: 0.125 });
    expect(formatPercent(rates.conversion, "es-CO")).toBe("12,5 %");
    expect(formatPercent(rates.sent, "en-US")).toBe("80 %");
    expect(funnelRates({ targeted: 0, sent: 0, delivered: 0, opened: 0, visited: 0 }).conversion).toBeNull();
    expect(formatPercent(null, "es-CO")).toBe("—");
    expect(barShares([0, 5, 10])).toEqual([0, 0.5, 1]);
  });

  it("says the dry run's known warnings in the panel's language, others as the API wrote them", () => {
    expect(dryRunWarningWords("All 2 qualifying customers would be skipped: none has push consent and a fresh device", t)).toBe(
      "Los 2 clientes que cumplen quedarían fuera: ninguno tiene consentimiento para notificaciones y un dispositivo activo.",
    );
    expect(dryRunWarningWords("No customer qualifies now", t)).toBe("Ningún cliente cumple ahora.");
    expect(dryRunWarningWords("Something new", t)).toBe("Something new");
  });
});
