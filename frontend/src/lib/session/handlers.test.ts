import { describe, expect, it } from "vitest";
import { forwardedFor } from "./api";
import { statusFor } from "./handlers";

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
