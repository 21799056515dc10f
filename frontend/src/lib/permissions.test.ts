import { describe, expect, it } from "vitest";
import { activeNavKey, can, NAV_ITEMS, navItemsFor } from "./permissions";

describe("permissions", () => {
  it("lets Admins do everything the panel offers", () => {
    for (const permission of ["locations.manage", "team.view", "team.manage", "settings.manage", "activity.view"] as const) {
      expect(can("ADMIN", permission)).toBe(true);
    }
  });

  it("keeps Staff away from the team, settings and location management", () => {
    for (const permission of ["locations.manage", "team.view", "team.manage", "settings.manage", "activity.view"] as const) {
      expect(can("STAFF", permission)).toBe(false);
    }
  });

  it("lets Staff record visits at the counter, but not export, import, adjust points or run the programme", () => {
    expect(can("STAFF", "visits.record")).toBe(true);
    for (const permission of ["customers.export", "customers.import", "points.adjust", "loyalty.manage"] as const) {
      expect(can("STAFF", permission)).toBe(false);
      expect(can("ADMIN", permission)).toBe(true);
    }
    expect(navItemsFor("STAFF").map((i) => i.key)).toContain("counter");
    expect(navItemsFor("ANALYST").map((i) => i.key)).not.toContain("counter");
  });

  it("lets Analysts read the team but not manage it", () => {
    expect(can("ANALYST", "team.view")).toBe(true);
    expect(can("ANALYST", "team.manage")).toBe(false);
    expect(can(null, "team.view")).toBe(false);
  });

  it("hides the Team entry from Staff only", () => {
    expect(navItemsFor("STAFF").map((i) => i.key)).not.toContain("team");
    expect(navItemsFor("ANALYST").map((i) => i.key)).toContain("team");
    expect(navItemsFor("ADMIN")).toHaveLength(NAV_ITEMS.length);
  });

  it("lists every module to come, marked as coming soon", () => {
    const soon = NAV_ITEMS.filter((i) => i.comingSoon).map((i) => i.key);
    expect(soon).toEqual(["support"]);
  });

  it("shows Push to every role: Admins send to any audience, Staff to one customer, Analysts read", () => {
    for (const role of ["ADMIN", "STAFF", "ANALYST"] as const) expect(navItemsFor(role).map((i) => i.key)).toContain("push");
    expect([can("ADMIN", "push.sendAny"), can("ADMIN", "push.manage")]).toEqual([true, true]);
    expect([can("STAFF", "push.send"), can("STAFF", "push.sendAny"), can("STAFF", "push.manage")]).toEqual([true, false, false]);
    expect([can("ANALYST", "push.view"), can("ANALYST", "push.send")]).toEqual([true, false]);
  });

  it("shows Campaigns to every role; only Admins build and run them", () => {
    for (const role of ["ADMIN", "STAFF", "ANALYST"] as const) expect(navItemsFor(role).map((i) => i.key)).toContain("campaigns");
    expect([can("ADMIN", "campaigns.manage"), can("STAFF", "campaigns.manage"), can("ANALYST", "campaigns.manage")]).toEqual([true, false, false]);
  });

  it("finds the active entry for nested paths", () => {
    expect(activeNavKey("/locations/abc")).toBe("locations");
    expect(activeNavKey("/dashboard")).toBe("dashboard");
    expect(activeNavKey("/locationsx")).toBeNull();
  });
});
