import { describe, expect, it } from "vitest";
import { ApiRequestError, asApiErrors, errorsOf, isSessionError, toApiError } from "./errors";

describe("API errors", () => {
  it("reads code, reason and field from a GraphQL error's extensions", () => {
    expect(toApiError({ message: "bad", extensions: { code: "BAD_USER_INPUT", field: "latitude", reason: "X" } })).toEqual({
      code: "BAD_USER_INPUT",
      message: "bad",
      field: "latitude",
      reason: "X",
    });
  });

  it("reads retryAfter and lockedUntil", () => {
    const error = toApiError({ message: "slow down", extensions: { code: "RATE_LIMITED", retryAfter: 42 } });
    expect(error.retryAfter).toBe(42);
    const locked = toApiError({ message: "locked", extensions: { code: "FORBIDDEN", reason: "ACCOUNT_LOCKED", lockedUntil: "2026-11-28T10:00:00Z" } });
    expect(locked.lockedUntil).toBe("2026-11-28T10:00:00Z");
  });

  it("accepts the flat shape of the BFF's own errors", () => {
    expect(toApiError({ code: "SESSION_EXPIRED", message: "gone" })).toEqual({ code: "SESSION_EXPIRED", message: "gone" });
  });

  it("turns unknown codes and junk into UNKNOWN without throwing", () => {
    expect(toApiError({ message: "?", extensions: { code: "TEAPOT" } }).code).toBe("UNKNOWN");
    expect(toApiError(null).code).toBe("UNKNOWN");
    expect(toApiError("boom")).toEqual({ code: "UNKNOWN", message: "boom" });
  });

  it("ignores a retryAfter that is not a number", () => {
    expect(toApiError({ extensions: { code: "RATE_LIMITED", retryAfter: "soon" } }).retryAfter).toBeUndefined();
  });

  it("lists the errors of a response body, or none", () => {
    expect(errorsOf({ data: { ping: true } })).toEqual([]);
    expect(errorsOf({ errors: [{ message: "a", extensions: { code: "NOT_FOUND" } }] })).toHaveLength(1);
    expect(errorsOf({ code: "UNAUTHENTICATED", message: "Invalid or expired access token" })[0]?.code).toBe("UNAUTHENTICATED");
    expect(errorsOf("<html>")).toEqual([]);
  });

  it("carries every error and answers which codes it has", () => {
    const error = new ApiRequestError([
      { code: "FORBIDDEN", message: "no" },
      { code: "NOT_FOUND", message: "gone" },
    ]);
    expect(error.first.code).toBe("FORBIDDEN");
    expect(error.has("NOT_FOUND")).toBe(true);
    expect(error.has("CONFLICT")).toBe(false);
    expect(new ApiRequestError([]).first.code).toBe("UNKNOWN");
  });

  it("turns anything thrown into ApiErrors", () => {
    expect(asApiErrors(new TypeError("Failed to fetch"))[0]?.code).toBe("NETWORK_ERROR");
    expect(asApiErrors(new Error("x"))[0]?.code).toBe("UNKNOWN");
    expect(asApiErrors("str")[0]?.message).toBe("str");
  });

  it("treats a wrong password as a login error, not as an expired session", () => {
    expect(isSessionError({ code: "UNAUTHENTICATED", message: "", reason: "INVALID_CREDENTIALS" })).toBe(false);
    expect(isSessionError({ code: "UNAUTHENTICATED", message: "" })).toBe(true);
    expect(isSessionError({ code: "SESSION_EXPIRED", message: "" })).toBe(true);
    expect(isSessionError({ code: "FORBIDDEN", message: "" })).toBe(false);
  });
});
