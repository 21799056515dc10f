import { formatNumber } from "@/lib/format";
import { toLocal, type Extent, type LatLng, type Local } from "./geometry";
import type { MapEdit, MapZone } from "./components/ZoneMap";

// How the zone map lays things out in SVG: metres east become x, metres north become -y (SVG's y runs
// down), the view is a 16:10 box around everything drawn, and distances are labelled in m or km.

export const ASPECT = 1.6;

export function svgPoint(p: Local): { x: number; y: number } {
  return { x: p.x, y: -p.y };
}

export function pathOf(ring: readonly Local[]): string {
  return ring.map((p, i) => `${i === 0 ? "M" : "L"}${p.x.toFixed(2)},${(-p.y).toFixed(2)}`).join(" ") + " Z";
}

export function zonePoints(zone: MapZone, origin: LatLng): Local[] {
  if (zone.shape === "POLYGON" && zone.polygon) return zone.polygon.map((p) => toLocal(p, origin));
  const c = toLocal(zone.center, origin);
  return [
    { x: c.x - zone.radiusMeters, y: c.y - zone.radiusMeters },
    { x: c.x + zone.radiusMeters, y: c.y + zone.radiusMeters },
  ];
}

export function editPoints(edit: MapEdit | undefined, origin: LatLng): Local[] {
  if (!edit) return [];
  if (edit.shape === "POLYGON") return edit.vertices.map((p) => toLocal(p, origin));
  if (!edit.center) return [];
  const c = toLocal(edit.center, origin);
  const r = edit.radius ?? 0;
  return [
    { x: c.x - r, y: c.y - r },
    { x: c.x + r, y: c.y + r },
  ];
}

export function viewBoxOf(extent: Extent): { minX: number; minY: number; width: number; height: number } {
  const height = extent.maxY - extent.minY;
  const width = height * ASPECT;
  const cx = (extent.minX + extent.maxX) / 2;
  return { minX: cx - width / 2, minY: -extent.maxY, width, height };
}

export function distanceLabel(metres: number, locale: string): string {
  return metres >= 1000 ? `${formatNumber(metres / 1000, locale)} km` : `${formatNumber(metres, locale, 0)} m`;
}

