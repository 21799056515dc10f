import { describe, expect, it } from "vitest";
import { ACCESS_COOKIE, REFRESH_COOKIE } from "./constants";
import { clearedSessionCookies, isSecureRequest, sessionCookies, withCookies } from "./cookies";

const tokens = {
  accessToken: "at",
  accessTokenExpiresAt: "2026-11-28T10:15:00Z",
  refreshToken: "rt",
  refreshTokenExpiresAt: "2026-12-28T10:00:00Z",
};

describe("session cookies", () => {
  it("keeps both tokens in httpOnly, SameSite=Lax cookies that expire with them", () => {
    const [access, refresh] = sessionCookies(tokens, true);
    expect(access).toMatchObject({ name: ACCESS_COOKIE, value: "at", options: { httpOnly: true, sameSite: "lax", path: "/", secure: true } });
    expect(access!.options.expires?.toISOString()).toBe("2026-11-28T10:15:00.000Z");
    expect(refresh).toMatchObject({ name: REFRESH_COOKIE, value: "rt" });
    expect(refresh!.options.expires?.toISOString()).toBe("2026-12-28T10:00:00.000Z");
  });

  it("falls back to the default lifetimes when the API's expiry is unreadable", () => {
    const [access] = sessionCookies({ ...tokens, accessTokenExpiresAt: "??" }, false, 0);
    expect(access!.options.expires?.getTime()).toBe(15 * 60_000);
  });

  it("clears both cookies", () => {
    const cleared = clearedSessionCookies(false);
    expect(cleared.map((c) => [c.name, c.value, c.options.maxAge])).toEqual([
      [ACCESS_COOKIE, "", 0],
      [REFRESH_COOKIE, "", 0],
    ]);
  });

  it("marks cookies Secure behind HTTPS, or as configured", () => {
    expect(isSecureRequest("http://localhost:3000/x", null, undefined)).toBe(false);
    expect(isSecureRequest("https://panel.example/x", null, undefined)).toBe(true);
    expect(isSecureRequest("http://10.0.0.5/x", "https, http", undefined)).toBe(true);
    expect(isSecureRequest("https://panel.example/x", null, "false")).toBe(false);
    expect(isSecureRequest("http://localhost/x", null, "true")).toBe(true);
  });

  it("rewrites the request's Cookie header so this request sees renewed tokens", () => {
    expect(withCookies("radar_at=old; theme=dark; radar_rt=old-rt", [{ name: "radar_at", value: "new" }, { name: "radar_rt", value: "new-rt" }])).toBe(
      "radar_at=new; theme=dark; radar_rt=new-rt",
    );
    expect(withCookies(null, [{ name: "radar_at", value: "a" }])).toBe("radar_at=a");
    expect(withCookies("radar_at=old; x=1", [{ name: "radar_at", value: "" }])).toBe("x=1");
  });
});
