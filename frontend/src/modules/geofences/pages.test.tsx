import { beforeEach, describe, expect, it, vi } from "vitest";
import { ApiRequestError } from "@/lib/api/errors";
import { cannedApi } from "@/test/cannedApi";
import { renderAs, textOf } from "@/test/render";
import { circleZone, location, LOCATION_ID, polygonZone, ZONE_ID } from "./fixtures";

// The zone routes as the server renders them: what each fetches and what it hands its component, per
// role. The API is replaced by canned answers per operation; notFound() throws as in Next.

// The first import of a route transforms its whole component tree: on a loaded 2-core machine that
// alone can pass vitest's 5 s default.
vi.setConfig({ testTimeout: 30_000 });

const { answers, asked } = cannedApi;
let role: "ADMIN" | "STAFF" | "ANALYST" = "ADMIN";

vi.mock("next/navigation", async () => (await import("@/test/cannedApi")).navigationMock());
vi.mock("@/lib/session/server", async () =>
  (await import("@/test/cannedApi")).sessionServerMock({
    getMe: async () => ({ user: { role }, business: { timeZone: "America/Bogota" } }),
  }),
);

const notFound = new ApiRequestError([{ code: "NOT_FOUND", message: "Location not found" }]);
const params = (p: Record<string, string>) => ({ params: Promise.resolve(p) as never });

beforeEach(() => {
  cannedApi.reset();
  role = "ADMIN";
});

function withZones() {
  answers.set("LocationGeofences", { location: { ...location(), geofences: [circleZone(), polygonZone()] } });
}

describe("/locations/[id]/zones", () => {
  it("draws every zone of the location on the map and lists them, with 'New zone' for Admins", async () => {
    const { default: ZonesPage } = await import("@/app/(app)/locations/[id]/zones/page");
    withZones();
    const html = renderAs("ADMIN", await ZonesPage(params({ id: LOCATION_ID })));
    expect(asked).toEqual([{ name: "LocationGeofences", variables: { id: LOCATION_ID } }]);
    expect(html.match(/data-testid="map-zone"/g)).toHaveLength(2);
    expect(html).toMatch(/<circle[^>]*r="150"/);
    expect(html.match(/data-testid="zone-row"/g)).toHaveLength(2);
    expect(textOf(html)).toContain("Círculo de 150 m");
    expect(textOf(html)).toContain("Polígono de 4 vértices");
    expect(html).toContain('data-testid="new-zone"');
    expect(html).toContain(`href="/locations/${LOCATION_ID}/zones/${ZONE_ID}"`);
    // Each zone on the map opens its page too.
    expect(html).toContain(`<a href="/locations/${LOCATION_ID}/zones/${ZONE_ID}" aria-label="Puerta principal"`);
    expect(html).not.toContain("zones-read-only");
  });

  it("is read-only for Staff and Analysts", async () => {
    const { default: ZonesPage } = await import("@/app/(app)/locations/[id]/zones/page");
    withZones();
    for (const r of ["STAFF", "ANALYST"] as const) {
      const html = renderAs(r, await ZonesPage(params({ id: LOCATION_ID })));
      expect(html).toContain('data-testid="zones-read-only"');
      expect(html).not.toContain('data-testid="new-zone"');
      expect(html).not.toContain("map-radius-handle");
    }
  });

  it("says so when the location has no zones yet", async () => {
    const { default: ZonesPage } = await import("@/app/(app)/locations/[id]/zones/page");
    answers.set("LocationGeofences", { location: { ...location(), geofences: [] } });
    const html = renderAs("ADMIN", await ZonesPage(params({ id: LOCATION_ID })));
    expect(html).toContain('data-testid="zones-empty"');
  });

  it("is not found for a malformed id (without asking) and for a location the user may not see", async () => {
    const { default: ZonesPage } = await import("@/app/(app)/locations/[id]/zones/page");
    await expect(ZonesPage(params({ id: "nope" }))).rejects.toThrow("NEXT_NOT_FOUND");
    expect(asked).toEqual([]);
    answers.set("LocationGeofences", notFound);
    await expect(ZonesPage(params({ id: LOCATION_ID }))).rejects.toThrow("NEXT_NOT_FOUND");
  });
});

describe("/locations/[id]/zones/new", () => {
  it("opens the zone form on a 100 m circle at the location's point for Admins", async () => {
    const { default: NewZonePage } = await import("@/app/(app)/locations/[id]/zones/new/page");
    withZones();
    const html = renderAs("ADMIN", await NewZonePage(params({ id: LOCATION_ID })));
    expect(html).toContain('data-testid="zone-form"');
    expect(html).toMatch(/id="zone-latitude"[^>]*value="4.6486"/);
    expect(html).toMatch(/id="zone-radius"[^>]*value="100"/);
    expect(html).toContain('data-testid="map-radius-handle"');
    expect(html).toContain('id="push-title"');
    expect(html).toContain('data-testid="phone-notification"');
  });

  it("refuses Staff and Analysts without asking the API", async () => {
    const { default: NewZonePage } = await import("@/app/(app)/locations/[id]/zones/new/page");
    role = "STAFF";
    const html = renderAs("STAFF", await NewZonePage(params({ id: LOCATION_ID })));
    expect(html).not.toContain("zone-form");
    expect(asked).toEqual([]);
  });
});

describe("/locations/[id]/zones/[zoneId]", () => {
  function withZone(zone = circleZone()) {
    answers.set("Geofence", { geofence: { ...zone, location: { ...location(), geofences: [circleZone(), polygonZone()] } } });
  }

  it("gives Admins the form filled with the zone, its actions, and the activity and events sections", async () => {
    const { default: ZonePage } = await import("@/app/(app)/locations/[id]/zones/[zoneId]/page");
    withZone();
    const html = renderAs("ADMIN", await ZonePage(params({ id: LOCATION_ID, zoneId: ZONE_ID })));
    expect(asked).toEqual([{ name: "Geofence", variables: { id: ZONE_ID } }]);
    expect(html).toMatch(/id="zone-name"[^>]*value="Puerta principal"/);
    expect(html).toMatch(/id="zone-radius"[^>]*value="150"/);
    expect(html).toMatch(/id="zone-cooldown-hours"[^>]*value="24"/);
    expect(html).toContain('data-testid="schedule-window"');
    expect(html).toContain('data-testid="zone-toggle-active"');
    expect(html).toContain('data-testid="zone-delete"');
    expect(html).toContain('id="activity-period"');
    expect(html).toContain('id="events-kind"');
    // The other zone is drawn for context; the edited one is the draggable shape.
    expect(html.match(/data-testid="map-zone"/g)).toHaveLength(1);
    expect(html).toMatch(/data-testid="map-edit-circle"[^>]*data-radius="150"/);
  });

  it("shows Staff the zone read-only, on the map and in words", async () => {
    const { default: ZonePage } = await import("@/app/(app)/locations/[id]/zones/[zoneId]/page");
    withZone();
    const html = renderAs("STAFF", await ZonePage(params({ id: LOCATION_ID, zoneId: ZONE_ID })));
    expect(html).not.toContain("zone-form");
    expect(html).not.toContain("zone-delete");
    expect(html).toContain('data-testid="zone-read-only"');
    expect(html).not.toContain("map-radius-handle");
    const text = textOf(html);
    expect(text).toContain("150 m alrededor de");
    expect(text).toContain("Hola {{firstName}} — Hoy tienes puntos dobles en {{businessName}}");
    expect(text).toContain("Lun, Mar 08:00–20:00");
    expect(text).toContain("24 h 0 min");
  });

  it("edits a polygon through its vertex list", async () => {
    const { default: ZonePage } = await import("@/app/(app)/locations/[id]/zones/[zoneId]/page");
    withZone(polygonZone());
    const html = renderAs("ADMIN", await ZonePage(params({ id: LOCATION_ID, zoneId: polygonZone().id })));
    expect(html.match(/data-testid="vertex-row"/g)).toHaveLength(4);
    expect(html.match(/data-testid="map-vertex"/g)).toHaveLength(4);
    expect(html).toMatch(/data-testid="map-edit-polygon"[^>]*data-vertices="4"/);
    expect(html).toContain("Inactiva");
  });

  it("is not found under another location's path, for malformed ids and for zones the user may not see", async () => {
    const { default: ZonePage } = await import("@/app/(app)/locations/[id]/zones/[zoneId]/page");
    withZone();
    await expect(ZonePage(params({ id: "77777777-7777-4777-8777-777777777777", zoneId: ZONE_ID }))).rejects.toThrow("NEXT_NOT_FOUND");
    await expect(ZonePage(params({ id: LOCATION_ID, zoneId: "x" }))).rejects.toThrow("NEXT_NOT_FOUND");
    answers.set("Geofence", new ApiRequestError([{ code: "NOT_FOUND", message: "Geofence not found" }]));
    await expect(ZonePage(params({ id: LOCATION_ID, zoneId: ZONE_ID }))).rejects.toThrow("NEXT_NOT_FOUND");
  });
});

describe("/locations/[id]", () => {
  it("links to the location's zones for every role", async () => {
    const { default: LocationPage } = await import("@/app/(app)/locations/[id]/page");
    answers.set("Location", { location: location() });
    answers.set("LocationQuota", { locationQuota: { used: 1, limit: 5 } });
    for (const r of ["ADMIN", "STAFF"] as const) {
      role = r;
      const html = renderAs(r, await LocationPage(params({ id: LOCATION_ID })));
      expect(html).toContain(`href="/locations/${LOCATION_ID}/zones"`);
    }
  });
});
