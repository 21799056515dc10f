import { describe, expect, it } from "vitest";
import { createTranslator } from "@/lib/i18n";
import { zoneErrorsFromApi, zoneFieldOf } from "./errors";
import { circleZone, location, polygonZone } from "./fixtures";
import { fromLocal, type LatLng } from "./geometry";
import { applyMapChange, mapEditOf, squareAround } from "./mapEdit";
import { barShares, periodOf } from "./zones";
import { cooldownSeconds, createInput, emptyZone, fillSample, updateInput, validateZone, zoneValuesOf, type ZoneValues } from "./zone";

const t = createTranslator("en");
const fmt = { locale: "en-US", timeZone: "America/Bogota" };
const origin = location().point;

function zone(changes: Partial<ZoneValues> = {}): ZoneValues {
  return { ...emptyZone(origin), name: "Entrada", title: "Hola {{firstName}}", body: "Puntos dobles hoy", ...changes };
}

const verticesOf = (points: LatLng[]) => points.map((p) => ({ latitude: String(p.latitude), longitude: String(p.longitude) }));
const ring = (...xy: Array<[number, number]>) => verticesOf(xy.map(([x, y]) => fromLocal({ x, y }, origin)));

describe("zone form checks", () => {
  it("accepts a new circle on the location's point and builds the create input", () => {
    const checked = validateZone(zone());
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(createInput("loc-1", checked.value)).toEqual({
      locationId: "loc-1",
      name: "Entrada",
      shape: "CIRCLE",
      center: origin,
      radiusMeters: 100,
      active: true,
      pushTrigger: "ENTER",
      dwellSeconds: 300,
      pushMessage: { title: "Hola {{firstName}}", body: "Puntos dobles hoy", imageUrl: null, deepLink: null, data: null },
      cooldownSeconds: 86_400,
      schedule: [],
    });
  });

  it("keeps the radius within 50 to 5,000 whole metres and the centre on the globe", () => {
    for (const radius of ["49", "5001", "12.5", "abc", ""]) {
      const checked = validateZone(zone({ radius }));
      expect(checked.ok, radius).toBe(false);
      expect(checked.errors.radius?.key, radius).toBe(radius === "" ? "validation.required" : "geofences.validation.radius");
    }
    expect(validateZone(zone({ radius: "50" })).ok).toBe(true);
    expect(validateZone(zone({ radius: "5000" })).ok).toBe(true);
    expect(validateZone(zone({ latitude: "91" })).errors.latitude?.key).toBe("validation.latitude");
    expect(validateZone(zone({ longitude: "x" })).errors.longitude?.key).toBe("validation.number");
    expect(validateZone(zone({ latitude: "4,6486" })).ok).toBe(true);
  });

  it("checks a polygon: 3 to 500 vertices, valid coordinates, distinct, not crossing, with area, within 5 km", () => {
    const polygon = (vertices: ZoneValues["vertices"]) => validateZone(zone({ shape: "POLYGON", vertices })).errors.vertices?.key;
    expect(polygon(ring([0, 0], [100, 0], [100, 100], [0, 100]))).toBeUndefined();
    expect(polygon(ring([0, 0], [100, 0]))).toBe("geofences.validation.vertexCount");
    expect(polygon(Array.from({ length: 501 }, (_, i) => ({ latitude: String(4 + i / 1e4), longitude: "-74" })))).toBe("geofences.validation.vertexCount");
    expect(polygon([...ring([0, 0], [100, 0]), { latitude: "95", longitude: "-74" }])).toBe("geofences.validation.vertex");
    expect(polygon(ring([0, 0], [100, 0], [100, 100], [0, 0]))).toBe("geofences.validation.duplicateVertex");
    expect(polygon(ring([0, 0], [100, 100], [100, 0], [0, 100]))).toBe("geofences.validation.selfIntersecting");
    expect(polygon(ring([0, 0], [8_000, 0], [8_000, 8_000], [0, 8_000]))).toBe("geofences.validation.polygonReach");
  });

  it("says which sides cross, counting from 1", () => {
    const checked = validateZone(zone({ shape: "POLYGON", vertices: ring([0, 0], [100, 100], [100, 0], [0, 100]) }));
    expect(checked.errors.vertices).toEqual({ key: "geofences.validation.selfIntersecting", params: { a: 1, b: 3 } });
  });

  it("sends only the polygon for a polygon zone (the API computes the centroid)", () => {
    const checked = validateZone(zone({ shape: "POLYGON", vertices: ring([0, 0], [100, 0], [100, 100]) }));
    expect(checked.ok && checked.value.polygon?.length).toBe(3);
    expect(checked.ok && "center" in checked.value).toBe(false);
    expect(checked.ok && "radiusMeters" in checked.value).toBe(false);
  });

  it("checks name, dwell, cooldown and schedule windows", () => {
    expect(validateZone(zone({ name: "  " })).errors.name?.key).toBe("validation.required");
    expect(validateZone(zone({ name: "x".repeat(121) })).errors.name?.key).toBe("validation.maxLength");
    expect(validateZone(zone({ pushTrigger: "DWELL", dwellSeconds: "59" })).errors.dwellSeconds?.key).toBe("geofences.validation.dwell");
    expect(validateZone(zone({ pushTrigger: "DWELL", dwellSeconds: "86400" })).ok).toBe(true);
    expect(validateZone(zone({ cooldownMinutes: "60" })).errors.cooldown?.key).toBe("geofences.validation.cooldown");
    expect(validateZone(zone({ cooldownHours: "8761", cooldownMinutes: "0" })).errors.cooldown?.key).toBe("geofences.validation.cooldownMax");
    expect(validateZone(zone({ schedule: [{ days: [], from: "08:00", to: "12:00" }] })).errors.schedule).toEqual({ key: "geofences.validation.scheduleDays", params: { n: 1 } });
    expect(validateZone(zone({ schedule: [{ days: ["MON"], from: "8:00", to: "12:00" }] })).errors.schedule?.key).toBe("geofences.validation.scheduleTime");
    expect(validateZone(zone({ schedule: [{ days: ["MON"], from: "12:00", to: "12:00" }] })).errors.schedule?.key).toBe("geofences.validation.scheduleSame");
    const overnight = validateZone(zone({ schedule: [{ days: ["SUN", "FRI"], from: "22:00", to: "02:00" }] }));
    expect(overnight.ok && overnight.value.schedule).toEqual([{ days: ["FRI", "SUN"], from: "22:00", to: "02:00" }]);
  });

  it("reads the cooldown as hours and minutes", () => {
    expect(cooldownSeconds("24", "0")).toBe(86_400);
    expect(cooldownSeconds("", "30")).toBe(1_800);
    expect(cooldownSeconds("0", "")).toBe(0);
    expect(cooldownSeconds("8760", "0")).toBe(31_536_000);
  });

  it("checks the GeoPush message like the push composer, and not at all without one", () => {
    expect(validateZone(zone({ title: "" })).errors.title?.key).toBe("validation.required");
    expect(validateZone(zone({ body: "Hola {{nombre}}" })).errors.body?.key).toBe("push.validation.placeholder");
    expect(validateZone(zone({ imageUrl: "http://x.example/a.png" })).errors.imageUrl?.key).toBe("push.validation.imageUrl");
    const silent = validateZone(zone({ sendPush: false, title: "", body: "" }));
    expect(silent.ok && silent.value.pushMessage).toBeNull();
  });

  it("updates the whole zone, and says so when the message is removed", () => {
    const checked = validateZone(zone({ sendPush: false }));
    expect(checked.ok && updateInput(checked.value)).toMatchObject({ clearPushMessage: true, radiusMeters: 100 });
    expect(checked.ok && "pushMessage" in updateInput(checked.value)).toBe(false);
    const withMessage = validateZone(zone());
    expect(withMessage.ok && updateInput(withMessage.value).clearPushMessage).toBeUndefined();
  });

  it("reads a saved zone back into the form unchanged", () => {
    const values = zoneValuesOf(circleZone({ cooldownSeconds: 5_400 }));
    expect(values).toMatchObject({ radius: "150", cooldownHours: "1", cooldownMinutes: "30", sendPush: true, schedule: [{ days: ["MON", "TUE"], from: "08:00", to: "20:00" }] });
    const polygon = zoneValuesOf(polygonZone());
    expect(polygon.vertices).toHaveLength(4);
    expect(polygon.sendPush).toBe(false);
    expect(validateZone({ ...polygon, name: "Parque" }).ok).toBe(true);
  });

  it("fills the preview's placeholders with a sample customer", () => {
    expect(fillSample("Hola {{firstName}}, {{ points }} puntos en {{businessName}} {{x}}", "Café")).toBe("Hola Ana, 120 puntos en Café {{x}}");
  });
});

describe("the map and the typed fields", () => {
  it("draws only what the fields hold as valid values", () => {
    expect(mapEditOf(zone({ latitude: "x" })).center).toBeNull();
    expect(mapEditOf(zone({ radius: "" })).radius).toBeNull();
    const edit = mapEditOf(zone({ shape: "POLYGON", vertices: [...ring([0, 0], [10, 0]), { latitude: "4.6", longitude: "" }] }));
    expect(edit.vertices).toHaveLength(2);
  });

  it("writes a drag back into the fields", () => {
    const moved = applyMapChange(zone(), { center: { latitude: 4.65, longitude: -74.06 }, radius: 240 });
    expect(moved).toMatchObject({ latitude: "4.65", longitude: "-74.06", radius: "240" });
    const drawn = applyMapChange(zone({ shape: "POLYGON" }), { vertices: [origin, origin] });
    expect(drawn.vertices).toEqual([{ latitude: "4.6486", longitude: "-74.0628" }, { latitude: "4.6486", longitude: "-74.0628" }]);
  });

  it("starts a polygon as a square around the centre", () => {
    const corners = squareAround(origin, 100);
    expect(corners).toHaveLength(4);
    expect(validateZone(zone({ shape: "POLYGON", vertices: verticesOf(corners) })).ok).toBe(true);
  });
});

describe("the API's refusals", () => {
  it("finds the form field an API error names", () => {
    expect(zoneFieldOf("radiusMeters")).toBe("radius");
    expect(zoneFieldOf("center.longitude")).toBe("longitude");
    expect(zoneFieldOf("center.latitude")).toBe("latitude");
    expect(zoneFieldOf("polygon[3].latitude")).toBe("vertices");
    expect(zoneFieldOf("holes")).toBe("vertices");
    expect(zoneFieldOf("pushMessage.title")).toBe("title");
    expect(zoneFieldOf("pushMessage")).toBe("body");
    expect(zoneFieldOf("schedule[0].from")).toBe("schedule");
    expect(zoneFieldOf("cooldownSeconds")).toBe("cooldown");
    expect(zoneFieldOf("input.dwellSeconds")).toBe("dwellSeconds");
    expect(zoneFieldOf("locationId")).toBeUndefined();
    expect(zoneFieldOf(undefined)).toBeUndefined();
  });

  it("puts each error beside its field in our words, the rest above the form", () => {
    const mapped = zoneErrorsFromApi(
      [
        { code: "BAD_USER_INPUT", message: "radiusMeters must be between 50 and 5,000", field: "radiusMeters", reason: "OUT_OF_RANGE" },
        { code: "BAD_USER_INPUT", message: "Self-intersection at or near point", field: "polygon", reason: "SELF_INTERSECTION" },
        { code: "BAD_USER_INPUT", message: "A schedule window needs at least one day", field: "schedule[1].days", reason: "NO_DAYS" },
        { code: "NOT_FOUND", message: "Location not found", field: "locationId" },
      ],
      t,
      fmt,
    );
    expect(mapped.fields.radius).toBe("The radius must be a whole number between 50 and 5000 m.");
    expect(mapped.fields.vertices).toBe("The polygon's sides cross: order the vertices around the zone.");
    expect(mapped.fields.schedule).toBe("Every window needs at least one day.");
    expect(mapped.form).toHaveLength(1);
  });
});

describe("activity helpers", () => {
  it("asks for the last N days up to the end of the current minute", () => {
    expect(periodOf(7, new Date("2026-11-29T10:15:42.123Z"))).toEqual({ from: "2026-11-22T10:16:00.000Z", to: "2026-11-29T10:16:00.000Z" });
    // An event at the very start of this minute is inside the period.
    expect(periodOf(7, new Date("2026-11-29T10:15:00.000Z")).to).toBe("2026-11-29T10:16:00.000Z");
  });

  it("sizes each day's bar against the busiest day", () => {
    expect(barShares([2, 4, 0])).toEqual([0.5, 1, 0]);
    expect(barShares([0, 0])).toEqual([0, 0]);
  });
});
