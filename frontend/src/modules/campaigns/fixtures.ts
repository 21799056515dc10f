import type { CampaignBuilderOptionsQuery, CampaignFieldsFragment, CampaignRowFragment } from "@/gql/graphql";
import { apiCondition } from "@/modules/segments/fixtures";
import type { DryRunData } from "./components/DryRun";
import type { FunnelData } from "./components/Funnel";

// Records as the API answers them, for the campaign unit, component and route tests.

export const CAMPAIGN_ID = "77777777-7777-4777-8777-777777777777";
export const LOCATION_ID = "44444444-4444-4444-8444-444444444444";
export const ZONE_ID = "55555555-5555-4555-8555-555555555555";
export const PROGRAM_ID = "88888888-8888-4888-8888-888888888888";
export const REWARD_ID = "99999999-9999-4999-8999-999999999999";
export const SEGMENT_ID = "33333333-3333-4333-8333-333333333333";

export function campaign(overrides: Partial<CampaignFieldsFragment> = {}): CampaignFieldsFragment {
  return {
    id: CAMPAIGN_ID,
    name: "Te extrañamos",
    kind: "TRIGGERED",
    status: "DRAFT",
    trigger: { type: "INACTIVITY", days: 30, hours: null, localTime: null, geofenceIds: null, points: null, programId: null, rewardId: null, cooldownHours: null },
    schedule: null,
    segment: { id: SEGMENT_ID, name: "Clientes frecuentes", builtIn: false, customerCount: 42, condition: apiCondition({ fact: "VISIT_COUNT", op: "GTE", number: 3 }) },
    locations: [{ id: LOCATION_ID, name: "Café Centro" }],
    message: { title: "Hola {{firstName}}", body: "Hace rato no vienes a {{businessName}}", imageUrl: null, deepLink: null, data: [] },
    startsAt: null,
    endsAt: null,
    nextRunAt: null,
    lastRunAt: null,
    createdAt: "2026-11-20T10:00:00Z",
    updatedAt: "2026-11-20T10:00:00Z",
    activatedAt: null,
    ...overrides,
  };
}

export function row(overrides: Partial<CampaignRowFragment> = {}): CampaignRowFragment {
  const c = campaign();
  return {
    id: c.id,
    name: c.name,
    kind: c.kind,
    status: "ACTIVE",
    trigger: c.trigger,
    schedule: null,
    segment: { id: SEGMENT_ID, name: "Clientes frecuentes", builtIn: false },
    nextRunAt: "2026-11-30T14:00:00Z",
    lastRunAt: null,
    startsAt: null,
    endsAt: null,
    updatedAt: c.updatedAt,
    funnel: { targeted: 200, sent: 160, delivered: 150, opened: 40, visited: 20 },
    ...overrides,
  };
}

export function builderOptions(): CampaignBuilderOptionsQuery {
  return {
    locations: { edges: [{ node: { id: LOCATION_ID, name: "Café Centro", geofences: [{ id: ZONE_ID, name: "Puerta principal" }] } }] },
    loyaltyPrograms: { edges: [{ node: { id: PROGRAM_ID, name: "Puntos Café", rewards: [{ id: REWARD_ID, name: "Café gratis", cost: 100 }] } }] },
  };
}

export function dryRun(overrides: Partial<DryRunData> = {}): DryRunData {
  return {
    qualifyingNow: 12,
    reachable: 9,
    heldBack: [
      { reason: "NO_CONSENT", count: 2 },
      { reason: "NO_DEVICE", count: 1 },
      { reason: "QUIET_HOURS", count: 0 },
    ],
    upcoming: [
      { at: "2026-11-30T14:00:00Z", customers: 3 },
      { at: "2026-12-01T14:00:00Z", customers: 1 },
    ],
    sample: [
      { id: "c1", displayName: "Ana Gómez" },
      { id: "c2", displayName: "Luis Pérez" },
    ],
    warnings: [],
    ...overrides,
  };
}

export function funnel(overrides: Partial<FunnelData> = {}): FunnelData {
  return {
    targeted: 200,
    sent: 160,
    delivered: 150,
    opened: 40,
    visited: 20,
    skipped: [
      { reason: "NO_CONSENT", count: 30 },
      { reason: "FREQUENCY_CAP", count: 10 },
    ],
    byDay: [
      { day: "2026-11-27", targeted: 50, sent: 40, delivered: 38, opened: 10, visited: 5 },
      { day: "2026-11-28", targeted: 150, sent: 120, delivered: 112, opened: 30, visited: 15 },
    ],
    byLocation: [
      { location: { id: LOCATION_ID, name: "Café Centro" }, visited: 12 },
      { location: { id: "l2", name: "Café Norte" }, visited: 8 },
    ],
    ...overrides,
  };
}
