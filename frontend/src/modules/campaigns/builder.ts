import type { CampaignFieldsFragment, CampaignInput, CampaignKind, CampaignScheduleInput, CampaignTrigger, CampaignTriggerInput, RecurrenceFrequency, Weekday } from "@/gql/graphql";
import { apiFieldPath, messageFieldOf } from "@/lib/api/fields";
import type { FieldErrors, Issue, Validated } from "@/lib/validation";
import { checkMessage, nowLocal, PUSH_LIMITS, toMessageInput, zonedLocalToUtc, type MessageValues } from "@/modules/push/compose";

// The campaign builder's form and its rules, mirroring campaigns.graphqls (name 1–120, INACTIVITY days
// 1–365, WELCOME/AFTER_VISIT hours 0–720, zones for the geofence triggers, points ≥ 1, HH:mm times, a
// weekly schedule with days, a monthly day 1–31), so what passes here is what the API accepts. Whether a
// campaign could ever send (NEVER_FIRES...) is the API's call; its refusal lands beside the same fields.
// Dates are typed on the business's wall clock (datetime-local) and sent as UTC instants.

export const CAMPAIGN_KINDS: readonly CampaignKind[] = ["TRIGGERED", "ONE_OFF", "RECURRING"];
export const TRIGGERS: readonly CampaignTrigger[] = ["INACTIVITY", "BIRTHDAY", "WELCOME", "AFTER_VISIT", "GEOFENCE_ENTER", "GEOFENCE_DWELL", "POINTS_THRESHOLD", "REWARD_AVAILABLE"];
export const FREQUENCIES: readonly RecurrenceFrequency[] = ["DAILY", "WEEKLY", "MONTHLY"];
export const WEEKDAYS: readonly Weekday[] = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"];

export const CAMPAIGN_LIMITS = {
  name: 120,
  inactivityDays: { min: 1, max: 365 },
  hours: { min: 0, max: 720 },
  cooldownHours: { min: 1, max: 720 },
  dayOfMonth: { min: 1, max: 31 },
  title: PUSH_LIMITS.title,
  body: PUSH_LIMITS.body,
} as const;

/** Which of the trigger's own fields each trigger takes (the others are not sent). */
export const TRIGGER_FIELDS: Record<CampaignTrigger, ReadonlyArray<"days" | "hours" | "localTime" | "geofenceIds" | "cooldownHours" | "points" | "programId" | "rewardId">> = {
  INACTIVITY: ["days"],
  BIRTHDAY: ["localTime"],
  WELCOME: ["hours"],
  AFTER_VISIT: ["hours"],
  GEOFENCE_ENTER: ["geofenceIds", "cooldownHours"],
  GEOFENCE_DWELL: ["geofenceIds", "cooldownHours"],
  POINTS_THRESHOLD: ["points", "programId"],
  REWARD_AVAILABLE: ["programId", "rewardId"],
};

export interface TriggerValues {
  type: CampaignTrigger;
  days: string;
  hours: string;
  localTime: string;
  geofenceIds: string[];
  cooldownHours: string;
  points: string;
  /** "" = any active program. */
  programId: string;
  /** "" = any reward. */
  rewardId: string;
}

export interface ScheduleValues {
  /** ONE_OFF: as soon as it is activated, or at a time. */
  when: "activation" | "at";
  /** yyyy-mm-ddTHH:mm on the business's wall clock. */
  sendAtLocal: string;
  frequency: RecurrenceFrequency;
  days: Weekday[];
  dayOfMonth: string;
  localTime: string;
}

export interface BuilderValues extends MessageValues {
  name: string;
  kind: CampaignKind;
  trigger: TriggerValues;
  schedule: ScheduleValues;
  /** null: every customer. */
  segmentId: string | null;
  /** Empty: all locations. */
  locationIds: string[];
  /** yyyy-mm-ddTHH:mm on the business's wall clock; "" = from activation / open-ended. */
  startsLocal: string;
  endsLocal: string;
}

export type BuilderField =
  | "name"
  | "kind"
  | "trigger"
  | "triggerDays"
  | "triggerHours"
  | "triggerLocalTime"
  | "geofenceIds"
  | "cooldownHours"
  | "points"
  | "programId"
  | "rewardId"
  | "schedule"
  | "sendAt"
  | "frequency"
  | "scheduleDays"
  | "dayOfMonth"
  | "scheduleLocalTime"
  | "segment"
  | "locationIds"
  | "title"
  | "body"
  | "imageUrl"
  | "deepLink"
  | "data"
  | "startsAt"
  | "endsAt";

export const BUILDER_FIELDS: readonly BuilderField[] = [
  "name",
  "kind",
  "trigger",
  "triggerDays",
  "triggerHours",
  "triggerLocalTime",
  "geofenceIds",
  "cooldownHours",
  "points",
  "programId",
  "rewardId",
  "schedule",
  "sendAt",
  "frequency",
  "scheduleDays",
  "dayOfMonth",
  "scheduleLocalTime",
  "segment",
  "locationIds",
  "title",
  "body",
  "imageUrl",
  "deepLink",
  "data",
  "startsAt",
  "endsAt",
];

export function emptyBuilder(): BuilderValues {
  return {
    name: "",
    kind: "TRIGGERED",
    trigger: { type: "INACTIVITY", days: "30", hours: "2", localTime: "10:00", geofenceIds: [], cooldownHours: "24", points: "100", programId: "", rewardId: "" },
    schedule: { when: "activation", sendAtLocal: "", frequency: "WEEKLY", days: ["MON"], dayOfMonth: "1", localTime: "09:00" },
    segmentId: null,
    locationIds: [],
    title: "",
    body: "",
    imageUrl: "",
    deepLink: "",
    data: [],
    startsLocal: "",
    endsLocal: "",
  };
}

/** A UTC instant as yyyy-mm-ddTHH:mm on the business's wall clock (what datetime-local shows). */
export function utcToZonedLocal(instant: string | null | undefined, timeZone: string): string {
  if (!instant) return "";
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? "" : nowLocal(timeZone, date);
}

/** A saved campaign as the builder's form (editing a DRAFT or PAUSED one). */
export function fromCampaign(campaign: CampaignFieldsFragment, timeZone: string): BuilderValues {
  const empty = emptyBuilder();
  const trigger = campaign.trigger;
  const schedule = campaign.schedule;
  return {
    name: campaign.name,
    kind: campaign.kind,
    trigger: trigger
      ? {
          type: trigger.type,
          days: trigger.days != null ? String(trigger.days) : empty.trigger.days,
          hours: trigger.hours != null ? String(trigger.hours) : empty.trigger.hours,
          localTime: trigger.localTime ?? empty.trigger.localTime,
          geofenceIds: trigger.geofenceIds ? trigger.geofenceIds.map(String) : [],
          cooldownHours: trigger.cooldownHours != null ? String(trigger.cooldownHours) : empty.trigger.cooldownHours,
          points: trigger.points != null ? String(trigger.points) : empty.trigger.points,
          programId: trigger.programId ? String(trigger.programId) : "",
          rewardId: trigger.rewardId ? String(trigger.rewardId) : "",
        }
      : empty.trigger,
    schedule: schedule
      ? {
          when: schedule.sendAt ? "at" : "activation",
          sendAtLocal: utcToZonedLocal(schedule.sendAt, timeZone),
          frequency: schedule.frequency ?? empty.schedule.frequency,
          days: schedule.days ? [...schedule.days] : empty.schedule.days,
          dayOfMonth: schedule.dayOfMonth != null ? String(schedule.dayOfMonth) : empty.schedule.dayOfMonth,
          localTime: schedule.localTime ?? empty.schedule.localTime,
        }
      : empty.schedule,
    segmentId: campaign.segment ? String(campaign.segment.id) : null,
    locationIds: campaign.locations.map((l) => String(l.id)),
    title: campaign.message.title,
    body: campaign.message.body,
    imageUrl: campaign.message.imageUrl ?? "",
    deepLink: campaign.message.deepLink ?? "",
    data: campaign.message.data.map((d) => ({ key: d.key, value: d.value })),
    startsLocal: utcToZonedLocal(campaign.startsAt, timeZone),
    endsLocal: utcToZonedLocal(campaign.endsAt, timeZone),
  };
}

/** Whole numbers as typed: null when empty, "bad" when not a whole number. */
function whole(text: string): number | null | "bad" {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  return /^\d{1,9}$/.test(trimmed) ? Number(trimmed) : "bad";
}

function checkRange(text: string, min: number, max: number, required = true): Issue | undefined {
  const value = whole(text);
  if (value === null) return required ? { key: "validation.required" } : undefined;
  if (value === "bad" || value < min || value > max) return { key: "campaigns.validation.range", params: { min, max } };
  return undefined;
}

function checkAtLeast(text: string, min: number): Issue | undefined {
  const value = whole(text);
  if (value === null) return { key: "validation.required" };
  if (value === "bad" || value < min) return { key: "campaigns.validation.atLeast", params: { min } };
  return undefined;
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function checkTime(text: string): Issue | undefined {
  if (text.trim() === "") return { key: "validation.required" };
  return TIME.test(text.trim()) ? undefined : { key: "campaigns.validation.time" };
}

function checkLocal(text: string, timeZone: string): { at: string | null } | { issue: Issue } {
  if (text.trim() === "") return { at: null };
  const at = zonedLocalToUtc(text, timeZone);
  return at ? { at } : { issue: { key: "campaigns.validation.dateTime" } };
}

function triggerInput(trigger: TriggerValues): CampaignTriggerInput {
  const input: CampaignTriggerInput = { type: trigger.type };
  for (const field of TRIGGER_FIELDS[trigger.type]) {
    switch (field) {
      case "days":
        input.days = Number(trigger.days.trim());
        break;
      case "hours":
        input.hours = Number(trigger.hours.trim());
        break;
      case "localTime":
        input.localTime = trigger.localTime.trim();
        break;
      case "geofenceIds":
        input.geofenceIds = [...new Set(trigger.geofenceIds)];
        break;
      case "cooldownHours":
        if (trigger.cooldownHours.trim() !== "") input.cooldownHours = Number(trigger.cooldownHours.trim());
        break;
      case "points":
        input.points = Number(trigger.points.trim());
        break;
      case "programId":
        input.programId = trigger.programId || null;
        break;
      case "rewardId":
        input.rewardId = trigger.rewardId || null;
        break;
    }
  }
  return input;
}

function checkTrigger(trigger: TriggerValues, errors: FieldErrors<BuilderField>): void {
  const fields = TRIGGER_FIELDS[trigger.type];
  const set = (field: BuilderField, issue: Issue | undefined) => {
    if (issue) errors[field] = issue;
  };
  if (fields.includes("days")) set("triggerDays", checkRange(trigger.days, CAMPAIGN_LIMITS.inactivityDays.min, CAMPAIGN_LIMITS.inactivityDays.max));
  if (fields.includes("hours")) set("triggerHours", checkRange(trigger.hours, CAMPAIGN_LIMITS.hours.min, CAMPAIGN_LIMITS.hours.max));
  if (fields.includes("localTime")) set("triggerLocalTime", checkTime(trigger.localTime));
  if (fields.includes("geofenceIds") && trigger.geofenceIds.length === 0) set("geofenceIds", { key: "campaigns.validation.zones" });
  if (fields.includes("cooldownHours")) set("cooldownHours", checkRange(trigger.cooldownHours, CAMPAIGN_LIMITS.cooldownHours.min, CAMPAIGN_LIMITS.cooldownHours.max, false));
  if (fields.includes("points")) set("points", checkAtLeast(trigger.points, 1));
}

function scheduleInput(values: BuilderValues, timeZone: string, errors: FieldErrors<BuilderField>, now: Date): CampaignScheduleInput | null {
  const schedule = values.schedule;
  if (values.kind === "ONE_OFF") {
    if (schedule.when === "activation") return null;
    if (schedule.sendAtLocal.trim() === "") {
      errors.sendAt = { key: "validation.required" };
      return null;
    }
    const at = zonedLocalToUtc(schedule.sendAtLocal, timeZone);
    if (!at) errors.sendAt = { key: "campaigns.validation.dateTime" };
    else if (Date.parse(at) <= now.getTime()) errors.sendAt = { key: "campaigns.validation.past" };
    return at ? { sendAt: at } : null;
  }
  // RECURRING: a frequency at a local time, on weekdays (weekly) or a day of the month (monthly).
  const input: CampaignScheduleInput = { frequency: schedule.frequency, localTime: schedule.localTime.trim() };
  const time = checkTime(schedule.localTime);
  if (time) errors.scheduleLocalTime = time;
  if (schedule.frequency === "WEEKLY") {
    if (schedule.days.length === 0) errors.scheduleDays = { key: "campaigns.validation.weekdays" };
    input.days = WEEKDAYS.filter((d) => schedule.days.includes(d));
  }
  if (schedule.frequency === "MONTHLY") {
    const day = checkRange(schedule.dayOfMonth, CAMPAIGN_LIMITS.dayOfMonth.min, CAMPAIGN_LIMITS.dayOfMonth.max);
    if (day) errors.dayOfMonth = day;
    input.dayOfMonth = Number(schedule.dayOfMonth.trim());
  }
  return input;
}

/** Everything checked before saving; the value is the API's CampaignInput. */
export function validateBuilder(values: BuilderValues, timeZone: string, now: Date = new Date()): Validated<BuilderField, CampaignInput> {
  const errors: FieldErrors<BuilderField> = {};
  const name = values.name.trim();
  if (name === "") errors.name = { key: "validation.required" };
  else if (name.length > CAMPAIGN_LIMITS.name) errors.name = { key: "validation.maxLength", params: { max: CAMPAIGN_LIMITS.name } };
  if (values.kind === "TRIGGERED") checkTrigger(values.trigger, errors);
  const schedule = values.kind === "TRIGGERED" ? null : scheduleInput(values, timeZone, errors, now);
  // A campaign sends a push: its message has the same limits (CAMPAIGN_LIMITS.title and .body are push's).
  checkMessage(values, errors);
  const starts = checkLocal(values.startsLocal, timeZone);
  if ("issue" in starts) errors.startsAt = starts.issue;
  const ends = checkLocal(values.endsLocal, timeZone);
  if ("issue" in ends) errors.endsAt = ends.issue;
  else if ("at" in starts && starts.at && ends.at && Date.parse(ends.at) <= Date.parse(starts.at)) errors.endsAt = { key: "campaigns.validation.endsBeforeStart" };
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const input: CampaignInput = {
    name,
    kind: values.kind,
    trigger: values.kind === "TRIGGERED" ? triggerInput(values.trigger) : null,
    schedule,
    segmentId: values.segmentId,
    locationIds: [...new Set(values.locationIds)],
    message: toMessageInput(values),
    startsAt: "at" in starts ? starts.at : null,
    endsAt: "at" in ends ? ends.at : null,
  };
  return { ok: true, errors, value: input };
}

/** Statuses in which a campaign can still be changed (the API refuses updateCampaign otherwise). */
export function isEditable(status: string): boolean {
  return status === "DRAFT" || status === "PAUSED";
}

/** The form field an API error names (extensions.field is the input path: trigger.days, schedule.days[0], message.title...). */
export function builderFieldOf(apiField: string | undefined): BuilderField | undefined {
  if (!apiField) return undefined;
  const path = apiFieldPath(apiField);
  const message = messageFieldOf(path, ["message"]);
  if (message) return message;
  const { head, second } = path;
  switch (head) {
    case "name":
    case "kind":
    case "startsAt":
    case "endsAt":
    case "locationIds":
      return head;
    case "segmentId":
    case "segment":
      return "segment";
    case "trigger":
      return (
        ({ days: "triggerDays", hours: "triggerHours", localTime: "triggerLocalTime", geofenceIds: "geofenceIds", cooldownHours: "cooldownHours", points: "points", programId: "programId", rewardId: "rewardId" } as const)[
          second as "days"
        ] ?? "trigger"
      );
    case "schedule":
      return ({ sendAt: "sendAt", frequency: "frequency", days: "scheduleDays", dayOfMonth: "dayOfMonth", localTime: "scheduleLocalTime" } as const)[second as "days"] ?? "schedule";
    case "sendAt":
      return "sendAt";
    default:
      return undefined;
  }
}

/** Sample values for the placeholders in the builder's phone preview. */
export function personalise(text: string, sample: Record<string, string>): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => sample[name] ?? whole);
}
