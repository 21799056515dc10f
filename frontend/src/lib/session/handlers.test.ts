import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";
import type { AuthSessionFragment } from "@/gql/graphql";
import { ApiRequestError } from "@/lib/api/errors";
import { forwardedFor } from "./api";
import { ACCESS_COOKIE, REFRESH_COOKIE } from "./constants";
import { signInFromForm, statusFor } from "./handlers";

describe("BFF helpers", () => {
  it.each([
    ["UNAUTHENTICATED", 401],
    ["SESSION_EXPIRED", 401],
    ["FORBIDDEN", 403],
    ["NOT_FOUND", 404],
    ["CONFLICT", 409],
    ["RATE_LIMITED", 429],
    ["BAD_USER_INPUT", 400],
    ["NETWORK_ERROR", 502],
    ["INTERNAL_SERVER_ERROR", 500],
  ] as const)("answers %s with HTTP %i", (code, status) => {
    expect(statusFor([{ code, message: "" }])).toBe(status);
  });

  it("passes a clean X-Forwarded-For chain on to the API", () => {
    expect(forwardedFor("203.0.113.7, 10.0.0.2")).toBe("203.0.113.7, 10.0.0.2");
    expect(forwardedFor("2001:db8::1")).toBe("2001:db8::1");
  });

  it("drops junk from X-Forwarded-For", () => {
    expect(forwardedFor("evil<script>, 198.51.100.4")).toBe("198.51.100.4");
    expect(forwardedFor("")).toBeNull();
    expect(forwardedFor(null)).toBeNull();
  });
});

describe("signInFromForm", () => {
  const session: AuthSessionFragment = {
    accessToken: "at",
    accessTokenExpiresAt: "2026-11-28T10:15:00Z",
    refreshToken: "rt",
    refreshTokenExpiresAt: "2026-12-28T10:00:00Z",
    user: { id: "u", email: "ana@example.com", displayName: "Ana", role: "ADMIN" },
    business: { id: "b", name: "Café", timeZone: "America/Bogota", locale: "es-CO", currency: "COP", locationLimit: 5 },
  };
  const post = (body: string, headers: Record<string, string> = {}) =>
    new NextRequest("https://panel.example/api/session/login", { method: "POST", body, headers: { host: "panel.example", ...headers } });

  it("signs in with the form's fields and the client's address, and sets the session cookies", async () => {
    const signIn = vi.fn(async () => session);
    const response = await signInFromForm(post('{"email": "ana@example.com"}', { "x-forwarded-for": "203.0.113.7" }), signIn);
    expect(signIn).toHaveBeenCalledWith({ email: "ana@example.com" }, { forwardedFor: "203.0.113.7" });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ user: session.user, business: session.business });
    expect(response.cookies.get(ACCESS_COOKIE)?.value).toBe("at");
    expect(response.cookies.get(REFRESH_COOKIE)?.value).toBe("rt");
  });

  it("refuses a cross-site post and a body that is not a JSON object without asking the API", async () => {
    const signIn = vi.fn(async () => session);
    const crossSite = await signInFromForm(post("{}", { origin: "https://evil.example" }), signIn);
    expect(crossSite.status).toBe(403);
    const notAnObject = await signInFromForm(post("[1, 2]"), signIn);
    expect(notAnObject.status).toBe(400);
    expect(await notAnObject.json()).toEqual({ errors: [{ code: "BAD_USER_INPUT", message: "Expected a JSON object" }] });
    expect(signIn).not.toHaveBeenCalled();
  });

  it("answers the API's refusal as errors, with its status and no cookies", async () => {
    const refusal = new ApiRequestError([{ code: "RATE_LIMITED", message: "Slow down", retryAfter: 30 }]);
    const response = await signInFromForm(post("{}"), async () => Promise.reject(refusal));
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("30");
    expect(response.cookies.get(ACCESS_COOKIE)).toBeUndefined();
  });
});
