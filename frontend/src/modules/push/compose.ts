import type { CustomerFilter, PushAudienceInput, PushAudienceKind, PushMessageInput, SendPushInput } from "@/gql/graphql";
import type { FieldErrors, Issue, Validated } from "@/lib/validation";
import { zonedDayStart, zonedLocalToUtc } from "@/lib/timezones";
import { normalizeSearch } from "@/modules/customers/filters";

// The composer's rules, mirroring the API's (push.graphqls: title 1–200, body 1–2,000, https image,
// at most 20 data entries with keys not starting with google./gcm., a hand-picked list of at most
// 10,000, a schedule not in the past), so what passes here is what the API accepts. The API still
// decides the payload size (after personalisation) and answers beside the same fields.

export const PUSH_LIMITS = { title: 200, body: 2000, data: 20, customers: 10_000, payloadBytes: 4096, url: 2000 } as const;

export const PLACEHOLDERS = ["firstName", "lastName", "displayName", "points", "businessName"] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

export interface PickedCustomer {
  id: string;
  displayName: string;
}

/** A segment built from the customers list's filters (dates are yyyy-mm-dd in the business's zone). */
export interface SegmentValues {
  search: string;
  /** Every tag picked must be on the customer (all of them, not any). */
  tags: string[];
  locationId: string;
  preferredLocationId: string;
  joinedFrom: string;
  joinedTo: string;
  lastVisitFrom: string;
  lastVisitTo: string;
  minVisits: string;
  maxVisits: string;
}

export interface ComposerValues {
  audience: PushAudienceKind;
  customer: PickedCustomer | null;
  customers: PickedCustomer[];
  segment: SegmentValues;
  title: string;
  body: string;
  imageUrl: string;
  deepLink: string;
  data: Array<{ key: string; value: string }>;
  when: "now" | "later";
  /** yyyy-mm-ddTHH:mm from <input type="datetime-local">, read in the business's time zone. */
  scheduledLocal: string;
}

export type ComposerField = "audience" | "segment" | "title" | "body" | "imageUrl" | "deepLink" | "data" | "scheduledAt";

/** The message part of a form (MessageFields edits it; campaigns reuse it with their own form around). */
export type MessageValues = Pick<ComposerValues, "title" | "body" | "imageUrl" | "deepLink" | "data">;
export type MessageField = keyof MessageValues;

export const EMPTY_SEGMENT: SegmentValues = {
  search: "",
  tags: [],
  locationId: "",
  preferredLocationId: "",
  joinedFrom: "",
  joinedTo: "",
  lastVisitFrom: "",
  lastVisitTo: "",
  minVisits: "",
  maxVisits: "",
};

export function emptyComposer(customer: PickedCustomer | null = null): ComposerValues {
  return {
    audience: "CUSTOMER",
    customer,
    customers: [],
    segment: EMPTY_SEGMENT,
    title: "",
    body: "",
    imageUrl: "",
    deepLink: "",
    data: [],
    when: "now",
    scheduledLocal: "",
  };
}

/** `{{name}}` put where the caret is (replacing a selection); returns the text and the caret after it. */
export function insertPlaceholder(text: string, start: number | null, end: number | null, name: Placeholder): { text: string; caret: number } {
  const token = `{{${name}}}`;
  const from = Math.max(0, Math.min(start ?? text.length, text.length));
  const to = Math.max(from, Math.min(end ?? from, text.length));
  return { text: text.slice(0, from) + token + text.slice(to), caret: from + token.length };
}

/** Placeholders written in the text that the API does not know (a typo would reach customers as is). */
export function unknownPlaceholders(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)) {
    const name = match[1] ?? "";
    if (!(PLACEHOLDERS as readonly string[]).includes(name)) found.add(name);
  }
  return [...found];
}

export { zonedDayStart, zonedLocalToUtc };

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

function wholeNumber(text: string): number | null | "bad" {
  if (text.trim() === "") return null;
  return /^\d{1,9}$/.test(text.trim()) ? Number(text.trim()) : "bad";
}

/** The segment as the customers list's filter (the "to" days are included). */
export function toSegmentFilter(segment: SegmentValues, timeZone: string): CustomerFilter {
  const filter: CustomerFilter = {};
  const search = normalizeSearch(segment.search);
  if (search) filter.search = search;
  const tags = [...new Set(segment.tags.map((tag) => tag.trim().toLowerCase()).filter((tag) => tag !== ""))];
  if (tags.length === 1) filter.tag = tags[0];
  else if (tags.length > 1) filter.tags = tags;
  if (segment.locationId) filter.visitedLocationId = segment.locationId;
  if (segment.preferredLocationId) filter.preferredLocationId = segment.preferredLocationId;
  const from = zonedDayStart(segment.lastVisitFrom, timeZone);
  if (from) filter.lastVisitFrom = from;
  const to = segment.lastVisitTo ? zonedDayStart(nextDay(segment.lastVisitTo), timeZone) : null;
  if (to) filter.lastVisitTo = to;
  const joinedFrom = zonedDayStart(segment.joinedFrom, timeZone);
  if (joinedFrom) filter.createdFrom = joinedFrom;
  const joinedTo = segment.joinedTo ? zonedDayStart(nextDay(segment.joinedTo), timeZone) : null;
  if (joinedTo) filter.createdTo = joinedTo;
  const min = wholeNumber(segment.minVisits);
  if (typeof min === "number") filter.minVisits = min;
  const max = wholeNumber(segment.maxVisits);
  if (typeof max === "number") filter.maxVisits = max;
  return filter;
}

export function toAudienceInput(values: ComposerValues, timeZone: string): PushAudienceInput {
  switch (values.audience) {
    case "CUSTOMER":
      return { kind: "CUSTOMER", customerId: values.customer?.id ?? null };
    case "CUSTOMERS":
      return { kind: "CUSTOMERS", customerIds: values.customers.map((c) => c.id) };
    case "SEGMENT":
      return { kind: "SEGMENT", segment: toSegmentFilter(values.segment, timeZone) };
    default:
      return { kind: "ALL" };
  }
}

export function toMessageInput(values: MessageValues): PushMessageInput {
  const data = values.data.filter((d) => d.key.trim() !== "" || d.value !== "").map((d) => ({ key: d.key.trim(), value: d.value }));
  return {
    title: values.title.trim(),
    body: values.body.trim(),
    imageUrl: values.imageUrl.trim() || null,
    deepLink: values.deepLink.trim() || null,
    data: data.length > 0 ? data : null,
  };
}

function checkAudience(values: ComposerValues): Issue | undefined {
  if (values.audience === "CUSTOMER" && !values.customer) return { key: "push.validation.pickCustomer" };
  if (values.audience === "CUSTOMERS") {
    if (values.customers.length === 0) return { key: "push.validation.pickCustomers" };
    if (values.customers.length > PUSH_LIMITS.customers) return { key: "push.validation.tooManyCustomers", params: { max: PUSH_LIMITS.customers } };
  }
  return undefined;
}

function checkSegment(segment: SegmentValues): Issue | undefined {
  const min = wholeNumber(segment.minVisits);
  const max = wholeNumber(segment.maxVisits);
  if (min === "bad" || max === "bad") return { key: "push.validation.visits" };
  if (typeof min === "number" && typeof max === "number" && min > max) return { key: "push.validation.visitsRange" };
  if (segment.lastVisitFrom && segment.lastVisitTo && segment.lastVisitFrom > segment.lastVisitTo) return { key: "push.validation.dateRange" };
  if (segment.joinedFrom && segment.joinedTo && segment.joinedFrom > segment.joinedTo) return { key: "push.validation.dateRange" };
  return undefined;
}

export function checkText(text: string, max: number): Issue | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return { key: "validation.required" };
  if (trimmed.length > max) return { key: "validation.maxLength", params: { max } };
  const unknown = unknownPlaceholders(trimmed);
  if (unknown.length > 0) return { key: "push.validation.placeholder", params: { names: unknown.map((n) => `{{${n}}}`).join(", ") } };
  return undefined;
}

export function checkImage(url: string): Issue | undefined {
  const text = url.trim();
  if (text === "") return undefined;
  if (text.length > PUSH_LIMITS.url || !/^https:\/\/[^\s/]+\.[^\s]+$/i.test(text)) return { key: "push.validation.imageUrl" };
  return undefined;
}

export function checkDeepLink(link: string): Issue | undefined {
  const text = link.trim();
  if (text.length > PUSH_LIMITS.url || /\s/.test(text)) return { key: "push.validation.deepLink" };
  return undefined;
}

export function checkData(data: MessageValues["data"]): Issue | undefined {
  const entries = data.filter((d) => d.key.trim() !== "" || d.value !== "");
  if (entries.length > PUSH_LIMITS.data) return { key: "push.validation.dataCount", params: { max: PUSH_LIMITS.data } };
  const keys = new Set<string>();
  for (const { key } of entries) {
    const k = key.trim();
    if (k === "") return { key: "push.validation.dataKey" };
    if (/^(google\.|gcm\.)/i.test(k) || ["from", "notification", "message_type", "collapse_key"].includes(k.toLowerCase())) {
      return { key: "push.validation.dataReserved", params: { key: k } };
    }
    if (keys.has(k)) return { key: "push.validation.dataDuplicate", params: { key: k } };
    keys.add(k);
  }
  return undefined;
}

/** The message's own checks (title, body, image, deep link, data), each issue put beside its field. */
export function checkMessage(values: MessageValues, errors: FieldErrors<MessageField>): void {
  const title = checkText(values.title, PUSH_LIMITS.title);
  if (title) errors.title = title;
  const body = checkText(values.body, PUSH_LIMITS.body);
  if (body) errors.body = body;
  const image = checkImage(values.imageUrl);
  if (image) errors.imageUrl = image;
  const link = checkDeepLink(values.deepLink);
  if (link) errors.deepLink = link;
  const data = checkData(values.data);
  if (data) errors.data = data;
}

/** The schedule as a UTC instant, or the reason it is refused (empty, not a date, in the past). */
export function checkSchedule(local: string, timeZone: string, now: Date = new Date()): { at: string } | { issue: Issue } {
  if (local.trim() === "") return { issue: { key: "validation.required" } };
  const at = zonedLocalToUtc(local, timeZone);
  if (!at) return { issue: { key: "push.validation.scheduleInvalid" } };
  if (Date.parse(at) <= now.getTime()) return { issue: { key: "push.validation.schedulePast" } };
  return { at };
}

/** Everything checked before a preview or a send; the value is the API input minus the idempotency key. */
export function validateComposer(values: ComposerValues, timeZone: string, now: Date = new Date()): Validated<ComposerField, Omit<SendPushInput, "idempotencyKey">> {
  const errors: FieldErrors<ComposerField> = {};
  const audience = checkAudience(values);
  if (audience) errors.audience = audience;
  if (values.audience === "SEGMENT") {
    const segment = checkSegment(values.segment);
    if (segment) errors.segment = segment;
  }
  checkMessage(values, errors);
  let scheduledAt: string | null = null;
  if (values.when === "later") {
    const schedule = checkSchedule(values.scheduledLocal, timeZone, now);
    if ("issue" in schedule) errors.scheduledAt = schedule.issue;
    else scheduledAt = schedule.at;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, errors, value: { audience: toAudienceInput(values, timeZone), message: toMessageInput(values), scheduledAt } };
}

/** Whether the message is complete enough to ask the API for a preview (audience and texts). */
export function previewable(values: ComposerValues): boolean {
  return checkAudience(values) === undefined && values.title.trim() !== "" && values.body.trim() !== "";
}

/** One key per composer session: a double click, or a retry after a lost answer, never sends twice. */
export function newIdempotencyKey(random: () => string = () => globalThis.crypto.randomUUID()): string {
  return `panel-${random()}`;
}

/** The API names fields by their input path (message.title, audience.customerIds, scheduledAt...). */
export const API_FIELD_ALIASES: Partial<Record<string, ComposerField>> = {
  title: "title",
  "message.title": "title",
  body: "body",
  "message.body": "body",
  imageUrl: "imageUrl",
  "message.imageUrl": "imageUrl",
  deepLink: "deepLink",
  "message.deepLink": "deepLink",
  data: "data",
  "message.data": "data",
  message: "body",
  payload: "body",
  scheduledAt: "scheduledAt",
  audience: "audience",
  customerId: "audience",
  customerIds: "audience",
  "audience.customerId": "audience",
  "audience.customerIds": "audience",
  "audience.kind": "audience",
  segment: "segment",
  "audience.segment": "segment",
};

export const COMPOSER_FIELDS: readonly ComposerField[] = ["audience", "segment", "title", "body", "imageUrl", "deepLink", "data", "scheduledAt"];

/** Bytes of the payload against FCM's 4,096, as a share for the meter (0–1, capped). */
export function payloadShare(bytes: number): { share: number; over: boolean } {
  return { share: Math.min(1, Math.max(0, bytes / PUSH_LIMITS.payloadBytes)), over: bytes > PUSH_LIMITS.payloadBytes };
}

/** Now on the business's wall clock as yyyy-mm-ddTHH:mm (the schedule field's minimum). */
export function nowLocal(timeZone: string, now: Date = new Date()): string {
  try {
    const parts = new Intl.DateTimeFormat("en-CA", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" }).formatToParts(now);
    const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "00";
    return `${get("year")}-${get("month")}-${get("day")}T${get("hour")}:${get("minute")}`;
  } catch {
    return now.toISOString().slice(0, 16);
  }
}
