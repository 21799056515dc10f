import { NextResponse, type NextRequest } from "next/server";
import { networkError } from "@/lib/api/errors";
import { allowedParams, bearerFor, restUrl, withRenewedCookies } from "@/lib/session/bearer";
import { clearSession, errorResponse } from "@/lib/session/handlers";

// GET /api/exports/customers?format=excel&search=…&tag=…&visitedLocationId=… — the customers CSV,
// streamed from the API (GET /api/exports/customers.csv) with the session's bearer token, so the
// browser downloads it like any file and nothing is held in memory here. Admins only (the API decides).

const PARAMS: ReadonlySet<string> = new Set([
  "format",
  "search",
  "tag",
  "tags",
  "preferredLocationId",
  "visitedLocationId",
  "lastVisitFrom",
  "lastVisitTo",
  "createdFrom",
  "createdTo",
  "minVisits",
  "maxVisits",
]);

export async function GET(request: NextRequest) {
  const bearer = await bearerFor(request);
  if (!bearer.ok) {
    return bearer.expired
      ? clearSession(request, errorResponse([{ code: "SESSION_EXPIRED", message: "Session expired" }], 401))
      : errorResponse(bearer.errors);
  }
  let upstream: Response;
  try {
    upstream = await fetch(restUrl("/api/exports/customers.csv", allowedParams(request.nextUrl.searchParams, PARAMS)), {
      headers: { authorization: `Bearer ${bearer.accessToken}`, accept: "text/csv, application/json" },
      cache: "no-store",
    });
  } catch (error) {
    return errorResponse([networkError(error instanceof Error ? error.message : String(error))], 502);
  }
  const headers = new Headers({ "cache-control": "no-store" });
  for (const name of ["content-type", "content-disposition", "content-length"]) {
    const value = upstream.headers.get(name);
    if (value) headers.set(name, value);
  }
  return withRenewedCookies(request, new NextResponse(upstream.body, { status: upstream.status, headers }), bearer.renewed);
}
