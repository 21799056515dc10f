// A segment's BEFORE/AFTER date is an instant; the owner picks a calendar day in the business's time
// zone. "Before 1 March" means before midnight of 1 March there, not in UTC or in the browser's zone.

function offsetMs(instant: number, timeZone: string): number {
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
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The instant (ISO) of midnight starting day (YYYY-MM-DD) in timeZone; null for anything else. */
export function startOfDayIn(day: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const guess = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (Number.isNaN(guess)) return null;
  // Twice: the offset at the guess may differ from the offset at the answer (a DST change that day).
  let instant = guess - offsetMs(guess, timeZone);
  instant = guess - offsetMs(instant, timeZone);
  return new Date(instant).toISOString();
}

/** The calendar day (YYYY-MM-DD) of an instant in timeZone ("" when there is none). */
export function dayIn(instant: string | null | undefined, timeZone: string): string {
  if (!instant) return "";
  const time = Date.parse(instant);
  if (Number.isNaN(time)) return "";
  const shifted = new Date(time + offsetMs(time, timeZone));
  return shifted.toISOString().slice(0, 10);
}
