import { RefreshDocument, type AuthSessionFragment } from "@/gql/graphql";
import { execute } from "./api";
import { createSingleFlight, type SingleFlight } from "./singleflight";

// Renewal of a session with its refresh token, shared by the proxy and the route handlers.
// The single-flight registry lives on globalThis so that every bundle of this server process
// (proxy, route handlers, server components) uses the same one.

const REGISTRY = Symbol.for("radartracking.panel.refresh");

type Global = typeof globalThis & { [REGISTRY]?: SingleFlight<AuthSessionFragment> };

function flights(): SingleFlight<AuthSessionFragment> {
  const g = globalThis as Global;
  g[REGISTRY] ??= createSingleFlight<AuthSessionFragment>({ graceMs: 30_000 });
  return g[REGISTRY];
}

/** New tokens for this refresh token (throws ApiRequestError when it is invalid, expired or revoked). */
export function refreshSession(refreshToken: string, forwardedFor: string | null): Promise<AuthSessionFragment> {
  return flights().run(refreshToken, async () => {
    const data = await execute(RefreshDocument, { refreshToken }, { forwardedFor });
    return data.refresh;
  });
}
