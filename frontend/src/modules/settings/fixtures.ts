import type { MobileAppFieldsFragment, MobileAppsQuery } from "@/gql/graphql";

// Mobile apps as the API answers them, for the settings tests.

export function mobileApp(overrides: Partial<MobileAppFieldsFragment> = {}): MobileAppFieldsFragment {
  return {
    id: "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa",
    name: "App Android",
    publicKey: "pk_live_AbCdEfGhIjKlMnOpQrStUvWxYz012345",
    active: true,
    createdAt: "2026-11-20T15:00:00Z",
    revokedAt: null,
    ...overrides,
  };
}

export const revokedApp = mobileApp({
  id: "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb",
  name: "iOS pruebas",
  publicKey: "pk_live_ZyXwVuTsRqPoNmLkJiHgFeDcBa987654",
  active: false,
  revokedAt: "2026-11-25T14:30:00Z",
});

export function appsPage(nodes: MobileAppFieldsFragment[], totalCount = nodes.length, hasNextPage = false): MobileAppsQuery {
  return { mobileApps: { totalCount, pageInfo: { hasNextPage, endCursor: hasNextPage ? "next" : null }, edges: nodes.map((node) => ({ node })) } };
}
