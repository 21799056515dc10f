import { parseDecimal } from "@/lib/validation";
import { fromLocal, type LatLng } from "./geometry";
import type { ZoneValues } from "./zone";
import type { MapChange, MapEdit } from "./components/ZoneMap";

// The bridge between the typed fields and the map: what the map draws from the form's text, and the
// form's text after a drag or a click on the map. Fields that do not hold a valid value are not drawn.

function pointOf(latitude: string, longitude: string): LatLng | null {
  const lat = parseDecimal(latitude);
  const lng = parseDecimal(longitude);
  return lat !== null && lng !== null && Math.abs(lat) <= 90 && Math.abs(lng) <= 180 ? { latitude: lat, longitude: lng } : null;
}

export function mapEditOf(values: ZoneValues, holes: ReadonlyArray<readonly LatLng[]> = []): MapEdit {
  const radius = /^\d{1,6}$/.test(values.radius.trim()) ? Number(values.radius.trim()) : null;
  // Vertices being typed (one field still empty or wrong) are left out until they are whole.
  const vertices = values.vertices.map((v) => pointOf(v.latitude, v.longitude)).filter((p): p is LatLng => p !== null);
  return { shape: values.shape, center: pointOf(values.latitude, values.longitude), radius: radius && radius > 0 ? radius : null, vertices, holes };
}

export function applyMapChange(values: ZoneValues, change: MapChange): ZoneValues {
  const next = { ...values };
  if (change.center) {
    next.latitude = String(change.center.latitude);
    next.longitude = String(change.center.longitude);
  }
  if (change.radius !== undefined) next.radius = String(change.radius);
  if (change.vertices) next.vertices = change.vertices.map((p) => ({ latitude: String(p.latitude), longitude: String(p.longitude) }));
  return next;
}

/** A square of side 2 × halfSide metres around the centre, corners clockwise from the north-west. */
export function squareAround(center: LatLng, halfSide: number): LatLng[] {
  return [
    { x: -halfSide, y: halfSide },
    { x: halfSide, y: halfSide },
    { x: halfSide, y: -halfSide },
    { x: -halfSide, y: -halfSide },
  ].map((p) => fromLocal(p, center));
}
