import type { GeofenceFieldsFragment, LocationFieldsFragment } from "@/gql/graphql";

// Records as the API answers them, for the zone unit and component tests.

export const LOCATION_ID = "44444444-4444-4444-8444-444444444444";
export const ZONE_ID = "55555555-5555-4555-8555-555555555555";
export const POLYGON_ID = "66666666-6666-4666-8666-666666666666";

export function location(overrides: Partial<LocationFieldsFragment> = {}): LocationFieldsFragment {
  return {
    id: LOCATION_ID,
    name: "Café Centro",
    address: "Calle 10 # 1-2",
    timeZone: "America/Bogota",
    point: { latitude: 4.6486, longitude: -74.0628 },
    active: true,
    updatedAt: "2026-11-20T10:00:00Z",
    ...overrides,
  };
}

export function circleZone(overrides: Partial<GeofenceFieldsFragment> = {}): GeofenceFieldsFragment {
  return {
    id: ZONE_ID,
    name: "Puerta principal",
    shape: "CIRCLE",
    center: { latitude: 4.6486, longitude: -74.0628 },
    radiusMeters: 150,
    polygon: null,
    holes: [],
    active: true,
    pushTrigger: "ENTER",
    dwellSeconds: 300,
    pushMessage: { title: "Hola {{firstName}}", body: "Hoy tienes puntos dobles en {{businessName}}", imageUrl: null, deepLink: null, data: [] },
    cooldownSeconds: 86_400,
    schedule: [{ days: ["MON", "TUE"], from: "08:00", to: "20:00" }],
    createdAt: "2026-11-20T10:00:00Z",
    updatedAt: "2026-11-21T10:00:00Z",
    ...overrides,
  };
}

export function polygonZone(overrides: Partial<GeofenceFieldsFragment> = {}): GeofenceFieldsFragment {
  return circleZone({
    id: POLYGON_ID,
    name: "Parque",
    shape: "POLYGON",
    center: { latitude: 4.65, longitude: -74.061 },
    radiusMeters: 160,
    polygon: [
      { latitude: 4.651, longitude: -74.062 },
      { latitude: 4.651, longitude: -74.06 },
      { latitude: 4.649, longitude: -74.06 },
      { latitude: 4.649, longitude: -74.062 },
    ],
    active: false,
    pushMessage: null,
    schedule: [],
    ...overrides,
  });
}
