// Plane geometry for the zone map. No map tiles load offline, so the map is drawn by the panel itself
// in local metres: an equirectangular projection around the location's point (x east, y north). At
// the scale of a zone (at most 5 km) it is off from the great-circle distance by well under 1 %,
// which is less than a person's drag on the screen; the API decides on the sphere anyway.

export interface LatLng {
  latitude: number;
  longitude: number;
}

export interface Local {
  /** Metres east of the origin. */
  x: number;
  /** Metres north of the origin. */
  y: number;
}

/** Mean Earth radius (IUGG), metres: what PostGIS's spherical distances use. */
export const EARTH_RADIUS_M = 6_371_008.8;
const RAD = Math.PI / 180;

export const ZONE_LIMITS = {
  radiusMin: 50,
  radiusMax: 5_000,
  radiusDefault: 100,
  verticesMin: 3,
  verticesMax: 500,
  /** A polygon's vertices must lie within this distance of its centroid. */
  polygonReach: 5_000,
} as const;

/** Metres per degree of latitude, and of longitude at a latitude. */
export function metresPerDegree(latitude: number): { latitude: number; longitude: number } {
  const perLat = EARTH_RADIUS_M * RAD;
  return { latitude: perLat, longitude: perLat * Math.cos(latitude * RAD) };
}

/** Metres as degrees at a latitude (how far north and how far east a distance reaches). */
export function metresToDegrees(metres: number, latitude: number): { latitude: number; longitude: number } {
  const per = metresPerDegree(latitude);
  return { latitude: metres / per.latitude, longitude: per.longitude === 0 ? 0 : metres / per.longitude };
}

/** A point in local metres around origin. Longitudes are unwrapped across the antimeridian. */
export function toLocal(point: LatLng, origin: LatLng): Local {
  let dLng = point.longitude - origin.longitude;
  if (dLng > 180) dLng -= 360;
  if (dLng < -180) dLng += 360;
  const per = metresPerDegree(origin.latitude);
  return { x: dLng * per.longitude, y: (point.latitude - origin.latitude) * per.latitude };
}

/** Local metres back to degrees (6 decimals: about 11 cm, what the forms show). */
export function fromLocal(local: Local, origin: LatLng): LatLng {
  const per = metresPerDegree(origin.latitude);
  let longitude = origin.longitude + (per.longitude === 0 ? 0 : local.x / per.longitude);
  if (longitude > 180) longitude -= 360;
  if (longitude < -180) longitude += 360;
  const latitude = Math.max(-90, Math.min(90, origin.latitude + local.y / per.latitude));
  return { latitude: round6(latitude), longitude: round6(longitude) };
}

export function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Great-circle distance (haversine), metres. */
export function distanceMetres(a: LatLng, b: LatLng): number {
  const dLat = (b.latitude - a.latitude) * RAD;
  const dLng = (b.longitude - a.longitude) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * RAD) * Math.cos(b.latitude * RAD) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function clampRadius(metres: number): number {
  return Math.min(ZONE_LIMITS.radiusMax, Math.max(ZONE_LIMITS.radiusMin, Math.round(metres)));
}

/** The radius a dragged handle gives: its distance from the centre, whole metres, within 50–5,000. */
export function radiusFromHandle(center: Local, handle: Local): number {
  return clampRadius(Math.hypot(handle.x - center.x, handle.y - center.y));
}

/** Where the radius handle sits: due east of the centre. */
export function handleOf(center: Local, radius: number): Local {
  return { x: center.x + radius, y: center.y };
}

function cross(o: Local, a: Local, b: Local): number {
  return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

function onSegment(p: Local, q: Local, r: Local): boolean {
  return Math.min(p.x, r.x) <= q.x && q.x <= Math.max(p.x, r.x) && Math.min(p.y, r.y) <= q.y && q.y <= Math.max(p.y, r.y);
}

/** Whether segments ab and cd share a point (touching and overlapping count). */
export function segmentsIntersect(a: Local, b: Local, c: Local, d: Local): boolean {
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  return (d1 === 0 && onSegment(c, a, d)) || (d2 === 0 && onSegment(c, b, d)) || (d3 === 0 && onSegment(a, c, b)) || (d4 === 0 && onSegment(a, d, b));
}

/**
 * The first pair of edges of the closed ring that cross or touch (edge i runs from vertex i to i+1,
 * the last one back to vertex 0), or null when the ring is simple. Neighbouring edges share their
 * common vertex and are not compared, except when they fold back onto each other.
 */
export function selfIntersection(ring: readonly Local[]): [number, number] | null {
  const n = ring.length;
  if (n < 3) return null;
  for (let i = 0; i < n; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % n]!;
    for (let j = i + 1; j < n; j++) {
      const c = ring[j]!;
      const d = ring[(j + 1) % n]!;
      const adjacent = j === i + 1 || (i === 0 && j === n - 1);
      if (adjacent) {
        // Adjacent edges meet at one vertex; they are bad only when they run back along each other.
        const shared = j === i + 1 ? b : a;
        const p = j === i + 1 ? a : b;
        const q = j === i + 1 ? d : c;
        if (cross(shared, p, q) === 0 && (p.x - shared.x) * (q.x - shared.x) + (p.y - shared.y) * (q.y - shared.y) > 0) return [i, j];
        continue;
      }
      if (segmentsIntersect(a, b, c, d)) return [i, j];
    }
  }
  return null;
}

/** Signed area (positive counter-clockwise), square metres. */
export function ringArea(ring: readonly Local[]): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % ring.length]!;
    sum += a.x * b.y - b.x * a.y;
  }
  return sum / 2;
}

/** The area centroid of a simple ring (the vertex average when it has no area). */
export function ringCentroid(ring: readonly Local[]): Local {
  const area = ringArea(ring);
  if (ring.length === 0) return { x: 0, y: 0 };
  if (Math.abs(area) < 1e-9) {
    return { x: ring.reduce((s, p) => s + p.x, 0) / ring.length, y: ring.reduce((s, p) => s + p.y, 0) / ring.length };
  }
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % ring.length]!;
    const f = a.x * b.y - b.x * a.y;
    cx += (a.x + b.x) * f;
    cy += (a.y + b.y) * f;
  }
  return { x: cx / (6 * area), y: cy / (6 * area) };
}

/** Distance from the centroid to the farthest vertex, metres (the API's radiusMeters of a polygon). */
export function polygonReach(ring: readonly Local[]): number {
  const c = ringCentroid(ring);
  return ring.reduce((max, p) => Math.max(max, Math.hypot(p.x - c.x, p.y - c.y)), 0);
}

/** Whether two vertices of the ring are the same point (to the 6 decimals a form holds). */
export function hasDuplicateVertex(points: readonly LatLng[]): boolean {
  const seen = new Set<string>();
  for (const p of points) {
    const key = `${round6(p.latitude)},${round6(p.longitude)}`;
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}

/** The index after which a new vertex at p fits best: the edge it adds the least length to. */
export function insertionIndex(ring: readonly Local[], p: Local): number {
  if (ring.length < 2) return ring.length;
  let best = ring.length - 1;
  let bestCost = Infinity;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % ring.length]!;
    const cost = Math.hypot(p.x - a.x, p.y - a.y) + Math.hypot(p.x - b.x, p.y - b.y) - Math.hypot(b.x - a.x, b.y - a.y);
    if (cost < bestCost) {
      bestCost = cost;
      best = i;
    }
  }
  return best + 1;
}

/** A scale bar length near target metres: 1, 2 or 5 times a power of ten. */
export function niceLength(target: number): number {
  if (!(target > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(target));
  const step = target / power;
  return (step >= 5 ? 5 : step >= 2 ? 2 : 1) * power;
}

export interface Extent {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** The box around the points, grown by a margin and to at least minHalf metres each way from its middle. */
export function extentOf(points: readonly Local[], margin = 0.15, minHalf = 150): Extent {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const minX = Math.min(0, ...xs);
  const maxX = Math.max(0, ...xs);
  const minY = Math.min(0, ...ys);
  const maxY = Math.max(0, ...ys);
  const half = Math.max(minHalf, ((maxX - minX) / 2) * (1 + margin), ((maxY - minY) / 2) * (1 + margin));
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  return { minX: cx - half, maxX: cx + half, minY: cy - half, maxY: cy + half };
}
