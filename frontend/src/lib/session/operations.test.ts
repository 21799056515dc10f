import { describe, expect, it } from "vitest";
import manifest from "@/gql/persisted-documents.json";
import { operationName, resolveDocument, SESSION_OPERATIONS } from "./operations";

const fake = {
  "sha256:aaa": "query Locations { locations { totalCount } }",
  "sha256:bbb": "fragment F on AuthPayload { accessToken } mutation Login($input: LoginInput!) { login(input: $input) { ...F } }",
};

describe("BFF operation policy", () => {
  it("finds the operation name after leading fragments", () => {
    expect(operationName(fake["sha256:bbb"])).toBe("Login");
    expect(operationName("{ ping }")).toBeNull();
  });

  it("forwards known documents by id", () => {
    expect(resolveDocument("sha256:aaa", fake)).toEqual({ ok: true, query: fake["sha256:aaa"], name: "Locations" });
  });

  it("refuses unknown ids and non-string ids", () => {
    expect(resolveDocument("sha256:zzz", fake)).toEqual({ ok: false, reason: "unknown" });
    expect(resolveDocument(42, fake)).toEqual({ ok: false, reason: "unknown" });
    expect(resolveDocument("__proto__", fake)).toEqual({ ok: false, reason: "unknown" });
  });

  it("never forwards operations that hand out tokens", () => {
    expect(resolveDocument("sha256:bbb", fake)).toEqual({ ok: false, reason: "session" });
  });

  it("has every token operation of the real manifest on the session list", () => {
    const names = Object.values(manifest as Record<string, string>).map(operationName);
    for (const name of ["Login", "SignUp", "Refresh", "Logout", "AcceptInvitation"]) {
      expect(names).toContain(name);
      expect(SESSION_OPERATIONS.has(name)).toBe(true);
    }
  });

  it("uses sha256 ids for every document of the manifest", () => {
    for (const id of Object.keys(manifest)) expect(id).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});
