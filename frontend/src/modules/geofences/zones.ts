import type { GeofenceFieldsFragment } from "@/gql/graphql";
import type { MapZone } from "./components/ZoneMap";

// Small shared facts about a zone as the API answers it.

export function mapZoneOf(zone: GeofenceFieldsFragment): MapZone {
  return {
    id: zone.id,
    name: zone.name,
    shape: zone.shape,
    center: zone.center,
    radiusMeters: zone.radiusMeters,
    polygon: zone.polygon,
    holes: zone.holes,
    active: zone.active,
  };
}

export function zonesUrl(locationId: string): string {
  return `/locations/${locationId}/zones`;
}

export function zoneUrl(locationId: string, zoneId: string): string {
  return `${zonesUrl(locationId)}/${zoneId}`;
}

export const EVENTS_PAGE_SIZE = 20;

/** The activity periods offered, in days (30 is the API's default). */
export const ACTIVITY_PERIODS = [7, 30, 90] as const;

/** The visit windows offered, in hours (1 to 168 in the API; 24 by default). */
export const VISIT_WINDOWS = [2, 6, 24, 72, 168] as const;

/**
 * The period's bounds: the last `days` days up to the end of the current minute (whole minutes, so a
 * re-render asks the same; to its end, so what happened in this minute before the page opened is counted).
 */
export function periodOf(days: number, now: Date): { from: string; to: string } {
  const to = new Date((Math.floor(now.getTime() / 60_000) + 1) * 60_000);
  const from = new Date(to.getTime() - days * 86_400_000);
  return { from: from.toISOString(), to: to.toISOString() };
}

/** Each bar's share of the largest day (0–1). */
export function barShares(values: readonly number[]): number[] {
  const max = Math.max(0, ...values);
  return values.map((v) => (max > 0 ? v / max : 0));
}
