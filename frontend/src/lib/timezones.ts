// Time zones offered in selects: every IANA zone the runtime knows, with the ones most of our
// customers use (Latin America) first. Computed on the server and passed down as props, so the
// server's and the browser's ICU data can never disagree during hydration.

export const FREQUENT_TIME_ZONES = [
  "America/Mexico_City",
  "America/Bogota",
  "America/Lima",
  "America/Santiago",
  "America/Argentina/Buenos_Aires",
  "America/Sao_Paulo",
  "America/Caracas",
  "America/Guatemala",
  "America/Panama",
  "America/Santo_Domingo",
  "America/Montevideo",
  "America/New_York",
  "Europe/Madrid",
] as const;

export interface TimeZoneOptions {
  frequent: string[];
  all: string[];
}

export function allTimeZones(): string[] {
  const supported = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return [...new Set([...supported, "UTC"])].sort();
}

/** Options for a select; `include` keeps a current value listed even if this runtime lacks it. */
export function timeZoneOptions(include: ReadonlyArray<string | null | undefined> = []): TimeZoneOptions {
  const all = new Set(allTimeZones());
  for (const zone of include) if (zone) all.add(zone);
  const frequent = FREQUENT_TIME_ZONES.filter((zone) => all.has(zone));
  return { frequent, all: [...all].sort() };
}

/** "America/Argentina/Buenos_Aires" → "America / Argentina / Buenos Aires". */
export function timeZoneLabel(zone: string): string {
  return zone.replace(/_/g, " ").split("/").join(" / ");
}

/** Offset of a time zone from UTC at an instant, in milliseconds (positive east of Greenwich). */
export function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second")) - Math.floor(instant / 1000) * 1000;
}

/** "2026-12-01T09:30" on the business's wall clock as a UTC ISO instant; null when it is not a date-time. */
export function zonedLocalToUtc(local: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi] = match.map(Number) as [number, number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  if (Number.isNaN(wall)) return null;
  try {
    // Two passes settle the offset on either side of a daylight-saving change.
    let instant = wall - zoneOffsetMs(wall, timeZone);
    instant = wall - zoneOffsetMs(instant, timeZone);
    return new Date(instant).toISOString();
  } catch {
    return null;
  }
}

/** A wall-clock date (yyyy-mm-dd) at midnight in the business's zone, as a UTC instant. */
export function zonedDayStart(day: string, timeZone: string): string | null {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? zonedLocalToUtc(`${day}T00:00`, timeZone) : null;
}
