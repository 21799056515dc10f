import type { Role } from "@/gql/graphql";

// What each role may do in the panel. The API enforces the same rules; the panel uses these to hide
// what a role cannot do (and to show a refusal page when it is opened anyway).

export type Permission =
  | "locations.manage"
  | "team.view"
  | "team.manage"
  | "settings.manage"
  | "mobileApps.manage"
  | "activity.view"
  | "visits.record"
  | "customers.export"
  | "customers.import"
  | "loyalty.manage"
  | "segments.view"
  | "segments.manage"
  | "points.adjust"
  | "push.view"
  | "push.send"
  | "push.sendAny"
  | "push.manage"
  | "geofences.manage"
  | "campaigns.manage";

const GRANTS: Record<Role, ReadonlySet<Permission>> = {
  ADMIN: new Set<Permission>([
    "locations.manage",
    "team.view",
    "team.manage",
    "settings.manage",
    // The business's mobile apps and their keys (API: mobileApps, createMobileApp, revokeMobileApp are Admin only).
    "mobileApps.manage",
    "activity.view",
    "visits.record",
    "customers.export",
    "customers.import",
    "loyalty.manage",
    "segments.view",
    "segments.manage",
    "points.adjust",
    "push.view",
    "push.send",
    "push.sendAny",
    "push.manage",
    "geofences.manage",
    "campaigns.manage",
  ]),
  // Analysts read: the team list (API: users is Admin and Analyst), reporting later.
  // Segments: the API lets Admins and Analysts read them (Staff do not run campaigns); Admins change them.
  // Campaigns: every role reads them (list, detail, dry run, funnel); only Admins build and run them.
  ANALYST: new Set<Permission>(["team.view", "push.view", "segments.view"]),
  // Staff act only on their assigned locations (visits, redemptions at the counter); nothing about
  // users, business settings, exports/imports, the loyalty programme or manual points.
  // Push: Staff compose for one customer only (API: sendPush CUSTOMER); Analysts read the history.
  STAFF: new Set<Permission>(["visits.record", "push.view", "push.send"]),
};

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return role ? GRANTS[role]?.has(permission) === true : false;
}

export type NavKey =
  | "dashboard"
  | "counter"
  | "campaigns"
  | "customers"
  | "locations"
  | "loyalty"
  | "push"
  | "support"
  | "team"
  | "settings";

export interface NavItem {
  key: NavKey;
  href: string;
  /** Modules still to come show a "coming soon" page. */
  comingSoon: boolean;
  requires?: Permission;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { key: "dashboard", href: "/dashboard", comingSoon: false },
  { key: "counter", href: "/counter", comingSoon: false, requires: "visits.record" },
  { key: "campaigns", href: "/campaigns", comingSoon: false },
  { key: "customers", href: "/customers", comingSoon: false },
  { key: "locations", href: "/locations", comingSoon: false },
  { key: "loyalty", href: "/loyalty", comingSoon: false },
  { key: "push", href: "/push", comingSoon: false, requires: "push.view" },
  { key: "support", href: "/support", comingSoon: true },
  { key: "team", href: "/team", comingSoon: false, requires: "team.view" },
  { key: "settings", href: "/settings", comingSoon: false },
];

export function navItemsFor(role: Role | null | undefined): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.requires || can(role, item.requires));
}

/** The nav item a path belongs to (for aria-current), e.g. /locations/123 → locations. */
export function activeNavKey(pathname: string): NavKey | null {
  const match = NAV_ITEMS.find((item) => pathname === item.href || pathname.startsWith(`${item.href}/`));
  return match ? match.key : null;
}
