import { describe, expect, it } from "vitest";
import {
  clampRadius,
  distanceMetres,
  extentOf,
  fromLocal,
  handleOf,
  hasDuplicateVertex,
  insertionIndex,
  metresPerDegree,
  metresToDegrees,
  niceLength,
  polygonReach,
  radiusFromHandle,
  ringArea,
  ringCentroid,
  segmentsIntersect,
  selfIntersection,
  toLocal,
} from "./geometry";

const BOGOTA = { latitude: 4.6486, longitude: -74.0628 };
const OSLO = { latitude: 59.9139, longitude: 10.7522 };
const square = [
  { x: 0, y: 0 },
  { x: 100, y: 0 },
  { x: 100, y: 100 },
  { x: 0, y: 100 },
];

describe("metres and degrees", () => {
  it("has about 111.2 km per degree of latitude everywhere and shrinks longitude degrees with the cosine", () => {
    expect(metresPerDegree(0).latitude).toBeCloseTo(111_195, 0);
    expect(metresPerDegree(0).longitude).toBeCloseTo(111_195, 0);
    expect(metresPerDegree(60).longitude).toBeCloseTo(111_195 / 2, 0);
    const deg = metresToDegrees(1_000, 60);
    expect(deg.latitude).toBeCloseTo(0.008993, 6);
    expect(deg.longitude).toBeCloseTo(0.017986, 6);
  });

  it("round-trips a point through local metres to 6 decimals", () => {
    for (const origin of [BOGOTA, OSLO]) {
      const point = { latitude: origin.latitude + 0.0123, longitude: origin.longitude - 0.0321 };
      expect(fromLocal(toLocal(point, origin), origin)).toEqual({ latitude: Number(point.latitude.toFixed(6)), longitude: Number(point.longitude.toFixed(6)) });
    }
  });

  it("puts north up and east right, and unwraps longitudes across the antimeridian", () => {
    expect(toLocal({ latitude: BOGOTA.latitude + 0.001, longitude: BOGOTA.longitude }, BOGOTA).y).toBeGreaterThan(0);
    expect(toLocal({ latitude: BOGOTA.latitude, longitude: BOGOTA.longitude + 0.001 }, BOGOTA).x).toBeGreaterThan(0);
    const fiji = { latitude: -17, longitude: 179.999 };
    expect(toLocal({ latitude: -17, longitude: -179.999 }, fiji).x).toBeCloseTo(212.7, 0);
    expect(fromLocal({ x: 212.7, y: 0 }, fiji).longitude).toBeCloseTo(-179.999, 5);
  });

  it("agrees with the great-circle distance within 0.1 % at zone scale (5 km)", () => {
    for (const origin of [BOGOTA, OSLO]) {
      for (const [dx, dy] of [[5_000, 0], [0, 5_000], [3_000, -4_000]] as const) {
        const far = fromLocal({ x: dx, y: dy }, origin);
        const local = Math.hypot(dx, dy);
        expect(Math.abs(distanceMetres(origin, far) - local) / local).toBeLessThan(0.001);
      }
    }
  });
});

describe("the radius handle", () => {
  it("sits due east of the centre and gives the distance dragged, in whole metres", () => {
    expect(handleOf({ x: 10, y: 20 }, 150)).toEqual({ x: 160, y: 20 });
    expect(radiusFromHandle({ x: 0, y: 0 }, { x: 300, y: 400 })).toBe(500);
    expect(radiusFromHandle({ x: 10, y: 10 }, { x: 10, y: 133.6 })).toBe(124);
  });

  it("keeps the radius within 50 to 5,000 m however far it is dragged", () => {
    expect(radiusFromHandle({ x: 0, y: 0 }, { x: 3, y: 4 })).toBe(50);
    expect(radiusFromHandle({ x: 0, y: 0 }, { x: 9_000, y: 0 })).toBe(5_000);
    expect(clampRadius(49.6)).toBe(50);
    expect(clampRadius(5_000.4)).toBe(5_000);
  });
});

describe("polygons", () => {
  it("accepts a simple ring and finds the crossing edges of a bow tie", () => {
    expect(selfIntersection(square)).toBeNull();
    const bowTie = [square[0]!, square[2]!, square[1]!, square[3]!];
    expect(selfIntersection(bowTie)).toEqual([0, 2]);
  });

  it("refuses a ring whose edges touch or fold back", () => {
    // Vertex 2 lies on edge 0 → 1's extension: the ring runs back along itself.
    expect(selfIntersection([{ x: 0, y: 0 }, { x: 100, y: 0 }, { x: 50, y: 0 }, { x: 50, y: 50 }])).not.toBeNull();
    // A vertex touching a non-adjacent edge.
    expect(selfIntersection([{ x: 0, y: 0 }, { x: 100, y: 0 }, { x: 100, y: 100 }, { x: 50, y: 0 }, { x: 0, y: 100 }])).not.toBeNull();
    // Three points in a line.
    expect(selfIntersection([{ x: 0, y: 0 }, { x: 50, y: 0 }, { x: 100, y: 0 }])).not.toBeNull();
  });

  it("tells crossing segments from parallel and end-to-end ones", () => {
    expect(segmentsIntersect({ x: 0, y: 0 }, { x: 10, y: 10 }, { x: 0, y: 10 }, { x: 10, y: 0 })).toBe(true);
    expect(segmentsIntersect({ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 0, y: 1 }, { x: 10, y: 1 })).toBe(false);
    expect(segmentsIntersect({ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 11, y: 0 }, { x: 20, y: 0 })).toBe(false);
    expect(segmentsIntersect({ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 0 }, { x: 20, y: 5 })).toBe(true);
  });

  it("measures area, centroid and the reach from the centroid to the farthest vertex", () => {
    expect(ringArea(square)).toBe(10_000);
    expect(ringArea([...square].reverse())).toBe(-10_000);
    expect(ringCentroid(square)).toEqual({ x: 50, y: 50 });
    expect(polygonReach(square)).toBeCloseTo(70.71, 2);
  });

  it("finds duplicate vertices to 6 decimals", () => {
    expect(hasDuplicateVertex([BOGOTA, { latitude: 4.6486000001, longitude: -74.0628 }])).toBe(true);
    expect(hasDuplicateVertex([BOGOTA, { latitude: 4.648601, longitude: -74.0628 }])).toBe(false);
  });

  it("inserts a clicked vertex into the nearest edge", () => {
    expect(insertionIndex(square, { x: 50, y: -5 })).toBe(1);
    expect(insertionIndex(square, { x: 105, y: 50 })).toBe(2);
    expect(insertionIndex(square, { x: -5, y: 50 })).toBe(4);
    expect(insertionIndex([{ x: 0, y: 0 }], { x: 5, y: 5 })).toBe(1);
  });
});

describe("map framing", () => {
  it("picks scale bars of 1, 2 or 5 times a power of ten", () => {
    expect(niceLength(73)).toBe(50);
    expect(niceLength(180)).toBe(100);
    expect(niceLength(260)).toBe(200);
    expect(niceLength(0)).toBe(1);
  });

  it("frames the location and the zones with a margin, never less than 150 m each way", () => {
    expect(extentOf([])).toEqual({ minX: -150, maxX: 150, minY: -150, maxY: 150 });
    const e = extentOf([{ x: -1_000, y: -200 }, { x: 1_000, y: 200 }]);
    expect(e.minX).toBeCloseTo(-1_150);
    expect(e.maxX).toBeCloseTo(1_150);
    expect(e.maxY - e.minY).toBeCloseTo(2_300);
  });
});
