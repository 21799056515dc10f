import { describe, expect, it } from "vitest";
import { isPublicPath } from "./constants";
import { loginUrlFor, safeNextPath } from "./safe-next";

describe("return path after login", () => {
  it.each(["/locations", "/locations/123?tab=map", "/team#invitations", "/settings"])("keeps the panel path %s", (path) => {
    expect(safeNextPath(path)).toBe(path);
  });

  it.each([
    "https://evil.example/phish",
    "//evil.example",
    "/\\evil.example",
    "/\t/evil.example",
    "javascript:alert(1)",
    "locations",
    "",
    "/api/graphql",
    "/login?next=/team",
    "/signup",
  ])("refuses %j and goes to the dashboard", (path) => {
    expect(safeNextPath(path)).toBe("/dashboard");
  });

  it("refuses absurdly long paths", () => {
    expect(safeNextPath(`/${"a".repeat(3000)}`)).toBe("/dashboard");
  });

  it("builds the login URL with the page to return to", () => {
    expect(loginUrlFor("/locations?x=1")).toBe("/login?next=%2Flocations%3Fx%3D1");
    expect(loginUrlFor("/team", "expired")).toBe("/login?next=%2Fteam&reason=expired");
  });

  it("leaves next out when it would be the dashboard or unsafe", () => {
    expect(loginUrlFor("/dashboard")).toBe("/login");
    expect(loginUrlFor("//evil.example", "expired")).toBe("/login?reason=expired");
    expect(loginUrlFor(null)).toBe("/login");
  });

  it("knows which pages are public", () => {
    expect(isPublicPath("/login")).toBe(true);
    expect(isPublicPath("/invitation")).toBe(true);
    expect(isPublicPath("/invitations/accept")).toBe(true);
    expect(isPublicPath("/loginx")).toBe(false);
    expect(isPublicPath("/team")).toBe(false);
  });
});
