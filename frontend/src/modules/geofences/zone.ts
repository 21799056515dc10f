import type { CreateGeofenceInput, GeofenceFieldsFragment, GeofenceShape, GeoPushTrigger, UpdateGeofenceInput, Weekday } from "@/gql/graphql";
import { checkLatitude, checkLongitude, parseDecimal, type FieldErrors, type Issue, type Validated } from "@/lib/validation";
import { emptyComposer, toMessageInput, validateComposer } from "@/modules/push/compose";
import { hasDuplicateVertex, polygonReach, ringArea, selfIntersection, toLocal, ZONE_LIMITS, type LatLng } from "./geometry";

// The zone form's values as typed, its checks (mirroring the API's: locations.graphqls, name 1–120,
// radius 50–5,000 m, 3–500 distinct vertices not crossing within 5 km of their centroid, dwell
// 60–86,400 s, cooldown up to a year, schedule windows with a day and from ≠ to), and the API inputs.
// The GeoPush message follows the push composer's own rules (title, body, placeholders, https image).

export const WEEKDAYS: readonly Weekday[] = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"];

export const ZONE_FIELD_LIMITS = {
  name: 120,
  dwellMin: 60,
  dwellMax: 86_400,
  dwellDefault: 300,
  cooldownMax: 31_536_000,
  cooldownDefault: 86_400,
  scheduleWindows: 28,
} as const;

export interface VertexValues {
  latitude: string;
  longitude: string;
}

export interface ScheduleWindowValues {
  days: Weekday[];
  from: string;
  to: string;
}

export interface ZoneValues {
  name: string;
  shape: GeofenceShape;
  latitude: string;
  longitude: string;
  radius: string;
  vertices: VertexValues[];
  active: boolean;
  pushTrigger: GeoPushTrigger;
  dwellSeconds: string;
  sendPush: boolean;
  title: string;
  body: string;
  imageUrl: string;
  deepLink: string;
  data: Array<{ key: string; value: string }>;
  cooldownHours: string;
  cooldownMinutes: string;
  schedule: ScheduleWindowValues[];
}

export type ZoneField =
  | "name"
  | "latitude"
  | "longitude"
  | "radius"
  | "vertices"
  | "dwellSeconds"
  | "title"
  | "body"
  | "imageUrl"
  | "deepLink"
  | "data"
  | "cooldown"
  | "schedule";

export const ZONE_FIELDS: readonly ZoneField[] = ["name", "latitude", "longitude", "radius", "vertices", "dwellSeconds", "title", "body", "imageUrl", "deepLink", "data", "cooldown", "schedule"];

const text = (value: number) => String(value);

function cooldownParts(seconds: number): { hours: string; minutes: string } {
  return { hours: text(Math.floor(seconds / 3600)), minutes: text(Math.round((seconds % 3600) / 60)) };
}

/** A new zone: a 100 m circle on the location's point, on ENTER, 24 h cooldown, always on. */
export function emptyZone(center: LatLng): ZoneValues {
  const cooldown = cooldownParts(ZONE_FIELD_LIMITS.cooldownDefault);
  return {
    name: "",
    shape: "CIRCLE",
    latitude: text(center.latitude),
    longitude: text(center.longitude),
    radius: text(ZONE_LIMITS.radiusDefault),
    vertices: [],
    active: true,
    pushTrigger: "ENTER",
    dwellSeconds: text(ZONE_FIELD_LIMITS.dwellDefault),
    sendPush: true,
    title: "",
    body: "",
    imageUrl: "",
    deepLink: "",
    data: [],
    cooldownHours: cooldown.hours,
    cooldownMinutes: cooldown.minutes,
    schedule: [],
  };
}

export function zoneValuesOf(zone: GeofenceFieldsFragment): ZoneValues {
  const cooldown = cooldownParts(zone.cooldownSeconds);
  const message = zone.pushMessage;
  return {
    name: zone.name,
    shape: zone.shape,
    latitude: text(zone.center.latitude),
    longitude: text(zone.center.longitude),
    radius: text(zone.radiusMeters),
    vertices: (zone.polygon ?? []).map((p) => ({ latitude: text(p.latitude), longitude: text(p.longitude) })),
    active: zone.active,
    pushTrigger: zone.pushTrigger,
    dwellSeconds: text(zone.dwellSeconds),
    sendPush: message !== null,
    title: message?.title ?? "",
    body: message?.body ?? "",
    imageUrl: message?.imageUrl ?? "",
    deepLink: message?.deepLink ?? "",
    data: (message?.data ?? []).map((d) => ({ key: d.key, value: d.value })),
    cooldownHours: cooldown.hours,
    cooldownMinutes: cooldown.minutes,
    schedule: zone.schedule.map((w) => ({ days: [...w.days], from: w.from, to: w.to })),
  };
}

function wholeNumber(value: string): number | null {
  const trimmed = value.trim();
  return /^\d{1,9}$/.test(trimmed) ? Number(trimmed) : null;
}

/** The typed vertices as points, or null when one of them is not a coordinate. */
export function parsedVertices(vertices: readonly VertexValues[]): LatLng[] | null {
  const points: LatLng[] = [];
  for (const v of vertices) {
    const latitude = parseDecimal(v.latitude);
    const longitude = parseDecimal(v.longitude);
    if (latitude === null || longitude === null || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return null;
    points.push({ latitude, longitude });
  }
  return points;
}

export function checkRadius(value: string): Issue | undefined {
  if (value.trim() === "") return { key: "validation.required" };
  const radius = wholeNumber(value);
  if (radius === null || radius < ZONE_LIMITS.radiusMin || radius > ZONE_LIMITS.radiusMax) {
    return { key: "geofences.validation.radius", params: { min: ZONE_LIMITS.radiusMin, max: ZONE_LIMITS.radiusMax } };
  }
  return undefined;
}

export function checkVertices(vertices: readonly VertexValues[]): Issue | undefined {
  if (vertices.length < ZONE_LIMITS.verticesMin || vertices.length > ZONE_LIMITS.verticesMax) {
    return { key: "geofences.validation.vertexCount", params: { min: ZONE_LIMITS.verticesMin, max: ZONE_LIMITS.verticesMax } };
  }
  const points = parsedVertices(vertices);
  if (!points) {
    const bad = vertices.findIndex((v) => checkLatitude(v.latitude) || checkLongitude(v.longitude));
    return { key: "geofences.validation.vertex", params: { n: bad + 1 } };
  }
  if (hasDuplicateVertex(points)) return { key: "geofences.validation.duplicateVertex" };
  const origin = points[0]!;
  const ring = points.map((p) => toLocal(p, origin));
  const crossing = selfIntersection(ring);
  if (crossing) return { key: "geofences.validation.selfIntersecting", params: { a: crossing[0] + 1, b: crossing[1] + 1 } };
  if (Math.abs(ringArea(ring)) < 1) return { key: "geofences.validation.noArea" };
  if (polygonReach(ring) > ZONE_LIMITS.polygonReach) return { key: "geofences.validation.polygonReach", params: { max: ZONE_LIMITS.polygonReach } };
  return undefined;
}

function checkDwell(value: string): Issue | undefined {
  const dwell = wholeNumber(value);
  if (dwell === null || dwell < ZONE_FIELD_LIMITS.dwellMin || dwell > ZONE_FIELD_LIMITS.dwellMax) {
    return { key: "geofences.validation.dwell", params: { min: ZONE_FIELD_LIMITS.dwellMin, max: ZONE_FIELD_LIMITS.dwellMax } };
  }
  return undefined;
}

/** The cooldown in seconds, or why it is refused (hours 0–8,760, minutes 0–59, at most a year). */
export function cooldownSeconds(hours: string, minutes: string): number | Issue {
  const h = hours.trim() === "" ? 0 : wholeNumber(hours);
  const m = minutes.trim() === "" ? 0 : wholeNumber(minutes);
  if (h === null || m === null || m > 59) return { key: "geofences.validation.cooldown" };
  const seconds = h * 3600 + m * 60;
  if (seconds > ZONE_FIELD_LIMITS.cooldownMax) return { key: "geofences.validation.cooldownMax" };
  return seconds;
}

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

export function checkSchedule(windows: readonly ScheduleWindowValues[]): Issue | undefined {
  if (windows.length > ZONE_FIELD_LIMITS.scheduleWindows) return { key: "geofences.validation.scheduleCount", params: { max: ZONE_FIELD_LIMITS.scheduleWindows } };
  for (const [index, w] of windows.entries()) {
    if (w.days.length === 0) return { key: "geofences.validation.scheduleDays", params: { n: index + 1 } };
    if (!HH_MM.test(w.from) || !HH_MM.test(w.to)) return { key: "geofences.validation.scheduleTime", params: { n: index + 1 } };
    if (w.from === w.to) return { key: "geofences.validation.scheduleSame", params: { n: index + 1 } };
  }
  return undefined;
}

/** What the create and update inputs share (everything but the location and clearPushMessage). */
export type ZoneInput = Omit<CreateGeofenceInput, "locationId">;

export function validateZone(values: ZoneValues): Validated<ZoneField, ZoneInput> {
  const errors: FieldErrors<ZoneField> = {};
  const name = values.name.trim();
  if (name === "") errors.name = { key: "validation.required" };
  else if (name.length > ZONE_FIELD_LIMITS.name) errors.name = { key: "validation.maxLength", params: { max: ZONE_FIELD_LIMITS.name } };
  if (values.shape === "CIRCLE") {
    const lat = checkLatitude(values.latitude);
    if (lat) errors.latitude = lat;
    const lng = checkLongitude(values.longitude);
    if (lng) errors.longitude = lng;
    const radius = checkRadius(values.radius);
    if (radius) errors.radius = radius;
  } else {
    const vertices = checkVertices(values.vertices);
    if (vertices) errors.vertices = vertices;
  }
  if (values.pushTrigger === "DWELL" || values.dwellSeconds.trim() !== "") {
    const dwell = checkDwell(values.dwellSeconds);
    if (dwell) errors.dwellSeconds = dwell;
  }
  const cooldown = cooldownSeconds(values.cooldownHours, values.cooldownMinutes);
  if (typeof cooldown !== "number") errors.cooldown = cooldown;
  const schedule = checkSchedule(values.schedule);
  if (schedule) errors.schedule = schedule;
  const composer = { ...emptyComposer(), audience: "ALL" as const, title: values.title, body: values.body, imageUrl: values.imageUrl, deepLink: values.deepLink, data: values.data };
  if (values.sendPush) {
    const message = validateComposer(composer, "UTC");
    for (const field of ["title", "body", "imageUrl", "deepLink", "data"] as const) {
      const issue = message.errors[field];
      if (issue) errors[field] = issue;
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const geometry: Partial<ZoneInput> =
    values.shape === "CIRCLE"
      ? { center: { latitude: parseDecimal(values.latitude)!, longitude: parseDecimal(values.longitude)! }, radiusMeters: wholeNumber(values.radius)! }
      : { polygon: parsedVertices(values.vertices)! };
  return {
    ok: true,
    errors,
    value: {
      name,
      shape: values.shape,
      ...geometry,
      active: values.active,
      pushTrigger: values.pushTrigger,
      dwellSeconds: wholeNumber(values.dwellSeconds) ?? ZONE_FIELD_LIMITS.dwellDefault,
      pushMessage: values.sendPush ? toMessageInput(composer) : null,
      cooldownSeconds: cooldown as number,
      schedule: values.schedule.map((w) => ({ days: WEEKDAYS.filter((d) => w.days.includes(d)), from: w.from, to: w.to })),
    },
  };
}

export function createInput(locationId: string, value: ZoneInput): CreateGeofenceInput {
  const input: CreateGeofenceInput = { locationId, ...value };
  if (input.pushMessage === null) delete input.pushMessage;
  return input;
}

/** The whole zone as an update (a message removed is said with clearPushMessage). */
export function updateInput(value: ZoneInput): UpdateGeofenceInput {
  const { pushMessage, ...rest } = value;
  return pushMessage ? { ...rest, pushMessage } : { ...rest, clearPushMessage: true };
}

/** Sample values for the message preview (the API personalises per customer). */
export const SAMPLE_VALUES: Record<string, string> = {
  firstName: "Ana",
  lastName: "Gómez",
  displayName: "Ana Gómez",
  points: "120",
};

export function fillSample(template: string, businessName: string): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name === "businessName" ? businessName : (SAMPLE_VALUES[name] ?? whole)));
}

export function formatCooldown(seconds: number): { hours: number; minutes: number } {
  return { hours: Math.floor(seconds / 3600), minutes: Math.round((seconds % 3600) / 60) };
}
