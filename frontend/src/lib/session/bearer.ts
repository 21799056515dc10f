import type { NextRequest, NextResponse } from "next/server";
import type { AuthSessionFragment } from "@/gql/graphql";
import { asApiErrors, isSessionError } from "@/lib/api/errors";
import { apiUrl } from "./api";
import { sessionCookies } from "./cookies";
import { ACCESS_COOKIE, REFRESH_COOKIE } from "./constants";
import { secureFor } from "./handlers";
import { needsRefresh } from "./jwt";
import { refreshSession } from "./refresh";

// The session's bearer token for the BFF's REST routes (CSV export and import), renewed first when it
// is about to expire, exactly as /api/graphql does for GraphQL.

export type Bearer =
  | { ok: true; accessToken: string; renewed: AuthSessionFragment | null }
  | { ok: false; expired: true }
  | { ok: false; expired: false; errors: ReturnType<typeof asApiErrors> };

export async function bearerFor(request: NextRequest): Promise<Bearer> {
  const refreshToken = request.cookies.get(REFRESH_COOKIE)?.value ?? null;
  const accessToken = request.cookies.get(ACCESS_COOKIE)?.value ?? null;
  if (accessToken && !needsRefresh(accessToken, Date.now())) return { ok: true, accessToken, renewed: null };
  if (!refreshToken) return accessToken ? { ok: true, accessToken, renewed: null } : { ok: false, expired: true };
  try {
    const renewed = await refreshSession(refreshToken, request.headers.get("x-forwarded-for"));
    return { ok: true, accessToken: renewed.accessToken, renewed };
  } catch (error) {
    const errors = asApiErrors(error);
    return errors.some(isSessionError) ? { ok: false, expired: true } : { ok: false, expired: false, errors };
  }
}

/** Sets the renewed session's cookies on the response (when the token was renewed on the way). */
export function withRenewedCookies<R extends NextResponse>(request: NextRequest, response: R, renewed: AuthSessionFragment | null): R {
  if (renewed) {
    for (const cookie of sessionCookies(renewed, secureFor(request))) response.cookies.set(cookie.name, cookie.value, cookie.options);
  }
  return response;
}

/** A REST path of the API (e.g. /api/exports/customers.csv), on the host of its GraphQL endpoint. */
export function restUrl(path: string, params?: URLSearchParams): string {
  const url = new URL(path, apiUrl());
  if (params) url.search = params.toString();
  return url.toString();
}

/** Copies only the query parameters the API knows for an endpoint (it refuses unknown ones). */
export function allowedParams(source: URLSearchParams, allowed: ReadonlySet<string>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of source) {
    if (allowed.has(name) && value !== "") params.append(name, value);
  }
  return params;
}
