import { describe, expect, it } from "vitest";
import { needsRefresh, tokenExpiresAt } from "./jwt";

function jwt(payload: object): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${encode({ alg: "RS256" })}.${encode(payload)}.signature`;
}

describe("access token expiry", () => {
  it("reads exp in milliseconds", () => {
    expect(tokenExpiresAt(jwt({ exp: 1_800_000_000 }))).toBe(1_800_000_000_000);
  });

  it("returns null for anything that is not a readable JWT", () => {
    expect(tokenExpiresAt(undefined)).toBeNull();
    expect(tokenExpiresAt("opaque-token")).toBeNull();
    expect(tokenExpiresAt("a.!!!.c")).toBeNull();
    expect(tokenExpiresAt(jwt({ sub: "no-exp" }))).toBeNull();
  });

  it("renews a token that expires within the skew", () => {
    const exp = 2_000_000;
    const token = jwt({ exp });
    expect(needsRefresh(token, exp * 1000 - 60_000)).toBe(false);
    expect(needsRefresh(token, exp * 1000 - 10_000)).toBe(true);
    expect(needsRefresh(token, exp * 1000 + 1)).toBe(true);
  });

  it("renews when there is no token", () => {
    expect(needsRefresh(null, Date.now())).toBe(true);
  });

  it("decodes base64url payloads with - and _", () => {
    const token = jwt({ exp: 1_900_000_000, name: "??>>~~" });
    expect(tokenExpiresAt(token)).toBe(1_900_000_000_000);
  });
});
