import { NextResponse, type NextRequest } from "next/server";
import { networkError } from "@/lib/api/errors";
import { allowedParams, bearerFor, restUrl, withRenewedCookies } from "@/lib/session/bearer";
import { clearSession, errorResponse, isSameOrigin } from "@/lib/session/handlers";

// POST /api/imports/customers — the CSV upload (multipart form with a "file" part, or the raw file),
// streamed to the API (POST /api/imports/customers) with the session's bearer token; the API's JSON
// report (or its refusal) comes back as it is. Options travel as query parameters. Admins only.

const PARAMS: ReadonlySet<string> = new Set(["mode", "dryRun", "charset", "delimiter", "mapping", "pointsProgramId", "stampsProgramId", "fileName"]);

export async function POST(request: NextRequest) {
  if (!isSameOrigin(request)) return errorResponse([{ code: "FORBIDDEN", message: "Cross-site request refused" }]);
  const bearer = await bearerFor(request);
  if (!bearer.ok) {
    return bearer.expired
      ? clearSession(request, errorResponse([{ code: "SESSION_EXPIRED", message: "Session expired" }], 401))
      : errorResponse(bearer.errors);
  }
  const headers: Record<string, string> = { authorization: `Bearer ${bearer.accessToken}`, accept: "application/json" };
  const type = request.headers.get("content-type");
  if (type) headers["content-type"] = type;
  const length = request.headers.get("content-length");
  if (length) headers["content-length"] = length;
  let upstream: Response;
  try {
    upstream = await fetch(restUrl("/api/imports/customers", allowedParams(request.nextUrl.searchParams, PARAMS)), {
      method: "POST",
      headers,
      body: request.body,
      // Node's fetch streams a request body only in half-duplex mode.
      duplex: "half",
      cache: "no-store",
    } as RequestInit & { duplex: "half" });
  } catch (error) {
    return errorResponse([networkError(error instanceof Error ? error.message : String(error))], 502);
  }
  const text = await upstream.text();
  const response = new NextResponse(text, {
    status: upstream.status,
    headers: { "content-type": upstream.headers.get("content-type") ?? "application/json", "cache-control": "no-store" },
  });
  return withRenewedCookies(request, response, bearer.renewed);
}
