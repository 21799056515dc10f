import { zoneOffsetMs, zonedDayStart } from "@/lib/timezones";

// A segment's BEFORE/AFTER date is an instant; the owner picks a calendar day in the business's time
// zone. "Before 1 March" means before midnight of 1 March there, not in UTC or in the browser's zone.

/** The instant (ISO) of midnight starting day (YYYY-MM-DD) in timeZone; null for anything else. */
export function startOfDayIn(day: string, timeZone: string): string | null {
  return zonedDayStart(day, timeZone);
}

/** The calendar day (YYYY-MM-DD) of an instant in timeZone ("" when there is none). */
export function dayIn(instant: string | null | undefined, timeZone: string): string {
  if (!instant) return "";
  const time = Date.parse(instant);
  if (Number.isNaN(time)) return "";
  const shifted = new Date(time + zoneOffsetMs(time, timeZone));
  return shifted.toISOString().slice(0, 10);
}
