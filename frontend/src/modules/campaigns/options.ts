import type { CampaignBuilderOptionsQuery } from "@/gql/graphql";
import type { NameLookup } from "./words";

// What the builder chooses from and the detail names: the business's locations with their zones, the
// loyalty programs with their rewards (one query, read on the server).

export interface BuilderOptions {
  locations: Array<{ id: string; name: string; zones: Array<{ id: string; name: string }> }>;
  programs: Array<{ id: string; name: string; rewards: Array<{ id: string; name: string; cost: number }> }>;
}

export const NO_OPTIONS: BuilderOptions = { locations: [], programs: [] };

export function optionsOf(data: CampaignBuilderOptionsQuery | null | undefined): BuilderOptions {
  if (!data) return NO_OPTIONS;
  return {
    locations: data.locations.edges.map(({ node }) => ({
      id: String(node.id),
      name: node.name,
      zones: node.geofences.map((z) => ({ id: String(z.id), name: z.name })),
    })),
    programs: data.loyaltyPrograms.edges.map(({ node }) => ({
      id: String(node.id),
      name: node.name,
      rewards: node.rewards.map((r) => ({ id: String(r.id), name: r.name, cost: r.cost })),
    })),
  };
}

/** Names by id for the settings in words ("Puerta principal (Centro)"). */
export function lookupOf(options: BuilderOptions): NameLookup {
  const zones = new Map<string, string>();
  for (const location of options.locations) for (const zone of location.zones) zones.set(zone.id, `${zone.name} (${location.name})`);
  const programs = new Map(options.programs.map((p) => [p.id, p.name] as const));
  const rewards = new Map(options.programs.flatMap((p) => p.rewards.map((r) => [r.id, r.name] as const)));
  const locations = new Map(options.locations.map((l) => [l.id, l.name] as const));
  return { zones, programs, rewards, locations };
}
