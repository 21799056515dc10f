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
