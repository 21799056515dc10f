import type { LoyaltyCardFieldsFragment, LoyaltyProgramFieldsFragment, RewardFieldsFragment } from "@/gql/graphql";

// Records as the API answers them, for the loyalty unit and component tests.

export function reward(overrides: Partial<RewardFieldsFragment> = {}): RewardFieldsFragment {
  return { __typename: "Reward", id: "r1", name: "Café gratis", description: "Un café americano", cost: 100, stock: null, active: true, ...overrides } as RewardFieldsFragment;
}

export function program(overrides: Partial<LoyaltyProgramFieldsFragment> = {}): LoyaltyProgramFieldsFragment {
  return {
    id: "11111111-1111-4111-8111-111111111111",
    name: "Puntos Café",
    kind: "POINTS",
    pointsPerVisit: 10,
    pointsPerCurrencyUnit: "0.001000",
    stampsPerReward: null,
    expiryDays: 365,
    active: true,
    createdAt: "2026-11-01T10:00:00Z",
    rewards: [reward(), reward({ id: "r2", name: "Postre", cost: 250, stock: 0 }), reward({ id: "r3", name: "Taza", cost: 900, active: false })],
    ...overrides,
  } as LoyaltyProgramFieldsFragment;
}

export function card(overrides: Partial<LoyaltyCardFieldsFragment> = {}): LoyaltyCardFieldsFragment {
  return {
    id: "22222222-2222-4222-8222-222222222222",
    code: "RT7K3F9Q2M",
    qrPayload: "radar:card:RT7K3F9Q2M",
    balance: 120,
    lastActivityAt: "2026-11-20T15:00:00Z",
    createdAt: "2026-11-01T10:00:00Z",
    program: { id: "11111111-1111-4111-8111-111111111111", name: "Puntos Café", kind: "POINTS", stampsPerReward: null, active: true },
    holder: { id: "33333333-3333-4333-8333-333333333333", displayName: "Ana Gómez", visitCount: 3 },
    availableRewards: [reward()],
    ...overrides,
  } as LoyaltyCardFieldsFragment;
}
