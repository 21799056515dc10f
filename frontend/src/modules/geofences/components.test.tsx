import { describe, expect, it } from "vitest";
import { renderAs, textOf } from "@/test/render";
import { ActivityFigures, type ZoneActivityData } from "./components/ZoneActivity";
import { GeoEventsTable, type GeoEventRow } from "./components/GeoEventsList";
import { ZoneMap } from "./components/ZoneMap";
import { circleZone, location, polygonZone } from "./fixtures";
import { mapZoneOf } from "./zones";

// The zone components' first paint for given data (drags and clicks run in e2e/geofences.e2e.test.mjs).

const origin = location().point;

describe("zone map", () => {
  it("draws circles in metres around the location, polygons with their holes, a scale bar and north", () => {
    const hole = [
      { latitude: 4.6502, longitude: -74.0615 },
      { latitude: 4.6502, longitude: -74.0605 },
      { latitude: 4.6498, longitude: -74.0605 },
    ];
    const html = renderAs("STAFF", <ZoneMap origin={origin} locationName="Café Centro" zones={[mapZoneOf(circleZone()), mapZoneOf(polygonZone({ holes: [hole] }))]} />);
    expect(html).toMatch(/<circle cx="0" cy="-?0" r="150"/);
    expect(html).toMatch(/<path d="M[^"]+Z M[^"]+Z" fill-rule="evenodd"/);
    expect(html).toMatch(/data-testid="map-scale" data-metres="(100|200|500)"/);
    expect(textOf(html)).toContain("N↑");
    expect(textOf(html)).toContain("Café Centro");
    expect(html).not.toContain("map-radius-handle");
    // Inactive zones are dashed.
    expect(html).toMatch(/data-shape="POLYGON"[\s\S]*stroke-dasharray/);
  });

  it("offers a centre and a radius handle (a slider with its value) while a circle is edited", () => {
    const html = renderAs("ADMIN", <ZoneMap origin={origin} locationName="Café" zones={[]} edit={{ shape: "CIRCLE", center: origin, radius: 240, vertices: [] }} onEdit={() => undefined} />);
    expect(html).toContain('data-testid="map-center-handle"');
    expect(html).toMatch(/role="slider"[^>]*aria-valuenow="240"[^>]*data-testid="map-radius-handle"|data-testid="map-radius-handle"[^>]*aria-valuenow="240"/);
    expect(html).toMatch(/<circle cx="240" cy="-?0"[^>]*data-testid="map-radius-handle"/);
  });

  it("offers a handle per vertex while a polygon is edited", () => {
    const polygon = polygonZone().polygon!;
    const html = renderAs("ADMIN", <ZoneMap origin={origin} locationName="Café" zones={[]} edit={{ shape: "POLYGON", center: null, radius: null, vertices: polygon }} onEdit={() => undefined} />);
    expect(html.match(/data-testid="map-vertex"/g)).toHaveLength(4);
    expect(html).toContain('aria-label="Vértice 3 (flechas para moverlo, Supr para quitarlo)"');
  });
});

describe("zone activity", () => {
  const activity: ZoneActivityData = {
    from: "2026-10-30T00:00:00Z",
    to: "2026-11-29T00:00:00Z",
    entries: 1234,
    exits: 1100,
    dwells: 300,
    uniqueCustomers: 456,
    geoPushesSent: 400,
    geoPushesCooldown: 50,
    geoPushesOutsideSchedule: 7,
    visitsAfter: 88,
    visitWindowHours: 24,
    byDay: [
      { day: "2026-11-27", entries: 10, geoPushesSent: 4, visitsAfter: 1 },
      { day: "2026-11-28", entries: 40, geoPushesSent: 12, visitsAfter: 3 },
    ],
  };

  it("shows each figure and the entries per day as bars against the busiest day", () => {
    const html = renderAs("ANALYST", <ActivityFigures activity={activity} />);
    expect(html).toMatch(/data-testid="activity-entries">1\.234</);
    expect(html).toMatch(/data-testid="activity-cooldown">50</);
    expect(html).toMatch(/data-testid="activity-outside">7</);
    expect(textOf(html)).toContain("Visitas en 24 h 88");
    expect(html.match(/data-testid="activity-day"/g)).toHaveLength(2);
    expect(html).toContain("height:25%");
    expect(html).toContain("height:100%");
  });

  it("says there was no activity rather than drawing empty days", () => {
    const quiet = { ...activity, byDay: activity.byDay.map((d) => ({ ...d, entries: 0, geoPushesSent: 0, visitsAfter: 0 })) };
    const html = renderAs("ANALYST", <ActivityFigures activity={quiet} />);
    expect(html).toContain('data-testid="activity-no-days"');
    expect(html).not.toContain("activity-chart");
  });
});

describe("geo events", () => {
  it("lists each event with its kind in words and the customer linking to their record", () => {
    const events: GeoEventRow[] = [
      { id: "e1", kind: "ENTER", customer: { id: "c1", displayName: "Ana Gómez" }, point: origin, accuracyMeters: 12.4, occurredAt: "2026-11-28T15:00:00Z", recordedAt: "2026-11-28T15:00:01Z" },
      { id: "e2", kind: "DWELL", customer: { id: "c2", displayName: "Luis Pérez" }, point: origin, accuracyMeters: null, occurredAt: "2026-11-28T15:10:00Z", recordedAt: "2026-11-28T15:10:01Z" },
    ];
    const html = renderAs("STAFF", <GeoEventsTable events={events} />);
    expect(html).toContain('href="/customers/c1"');
    expect(textOf(html)).toContain("Entrada Ana Gómez ± 12 m");
    expect(textOf(html)).toContain("Permanencia Luis Pérez —");
  });
});
