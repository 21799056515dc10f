import { describe, expect, it, vi } from "vitest";
import { LocationsDocument } from "@/gql/graphql";
import manifest from "@/gql/persisted-documents.json";
import { documentIdOf, postSession, request } from "./client";
import { ApiRequestError } from "./errors";

function fakeFetch(status: number, body: unknown) {
  return vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } }));
}

describe("browser GraphQL client", () => {
  it("sends the document's persisted id, never its text", async () => {
    const fetchImpl = fakeFetch(200, { data: { ok: true } });
    await request(LocationsDocument, { first: 5 }, { fetchImpl });
    const [url, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/api/graphql");
    const sent = JSON.parse(String(init.body));
    expect(Object.keys(sent).sort()).toEqual(["documentId", "variables"]);
    expect(sent.documentId).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(manifest).toHaveProperty([sent.documentId]);
  });

  it("ids match the manifest the BFF trusts", () => {
    const id = documentIdOf(LocationsDocument as never);
    expect((manifest as Record<string, string>)[id]).toMatch(/query Locations\b/);
  });

  it("returns data", async () => {
    const data = await request(LocationsDocument, {}, { fetchImpl: fakeFetch(200, { data: { locations: [] } }) });
    expect(data).toEqual({ locations: [] });
  });

  it("throws every GraphQL error", async () => {
    const body = { errors: [{ message: "no", extensions: { code: "FORBIDDEN" } }], data: null };
    await expect(request(LocationsDocument, {}, { fetchImpl: fakeFetch(200, body) })).rejects.toMatchObject({ errors: [{ code: "FORBIDDEN" }] });
  });

  it("sends the user to login once when the session cannot be renewed", async () => {
    const onSessionExpired = vi.fn();
    const fetchImpl = fakeFetch(401, { errors: [{ code: "SESSION_EXPIRED", message: "gone" }] });
    await expect(request(LocationsDocument, {}, { fetchImpl, onSessionExpired })).rejects.toBeInstanceOf(ApiRequestError);
    expect(onSessionExpired).toHaveBeenCalledTimes(1);
  });

  it("reports a network failure as NETWORK_ERROR", async () => {
    const fetchImpl = vi.fn(async () => {
      throw new TypeError("Failed to fetch");
    });
    await expect(request(LocationsDocument, {}, { fetchImpl })).rejects.toMatchObject({ errors: [{ code: "NETWORK_ERROR" }] });
  });

  it("reports a non-JSON server failure as an internal error", async () => {
    const fetchImpl = vi.fn(async () => new Response("<html>Bad gateway</html>", { status: 502 }));
    await expect(request(LocationsDocument, {}, { fetchImpl })).rejects.toMatchObject({ errors: [{ code: "INTERNAL_SERVER_ERROR" }] });
  });

  it("returns session route errors instead of throwing", async () => {
    const result = await postSession("/api/session/login", {}, fakeFetch(429, { errors: [{ code: "RATE_LIMITED", message: "", retryAfter: 30 }] }));
    expect(result).toEqual({ ok: false, errors: [{ code: "RATE_LIMITED", message: "", retryAfter: 30 }] });
    const ok = await postSession("/api/session/login", {}, fakeFetch(200, { user: { id: "u" } }));
    expect(ok).toEqual({ ok: true, data: { user: { id: "u" } } });
  });
});
