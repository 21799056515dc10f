import { NextResponse, type NextRequest } from "next/server";
import type { AuthSessionFragment } from "@/gql/graphql";
import manifest from "@/gql/persisted-documents.json";
import { asApiErrors, isSessionError } from "@/lib/api/errors";
import { callApi, type ApiResponse } from "@/lib/session/api";
import { ACCESS_COOKIE, REFRESH_COOKIE } from "@/lib/session/constants";
import { clearSession, errorResponse, isSameOrigin, readJsonObject, secureFor } from "@/lib/session/handlers";
import { needsRefresh } from "@/lib/session/jwt";
import { resolveDocument } from "@/lib/session/operations";
import { refreshSession } from "@/lib/session/refresh";
import { sessionCookies } from "@/lib/session/cookies";

// The browser's only door to the API. It sends {documentId, variables}; we look the document up in
// the build's manifest, attach the access token from the httpOnly cookie (renewing it first when it
// is about to expire, or once more when the API answers 401), and pass the API's answer back.

const DOCUMENTS: Readonly<Record<string, string>> = manifest;

function expired(request: NextRequest) {
  return clearSession(request, errorResponse([{ code: "SESSION_EXPIRED", message: "Session expired" }], 401));
}

export async function POST(request: NextRequest) {
  if (!isSameOrigin(request)) return errorResponse([{ code: "FORBIDDEN", message: "Cross-site request refused" }]);
  const body = await readJsonObject(request, 100 * 1024);
  if (!body) return errorResponse([{ code: "BAD_USER_INPUT", message: "Expected {documentId, variables}" }]);
  const resolved = resolveDocument(body.documentId, DOCUMENTS);
  if (!resolved.ok) {
    return errorResponse([{ code: "GRAPHQL_VALIDATION_FAILED", message: resolved.reason === "session" ? "Use /api/session/* for sessions" : "Unknown document id" }]);
  }
  const variables = typeof body.variables === "object" && body.variables !== null ? body.variables : {};
  const forwardedFor = request.headers.get("x-forwarded-for");
  const refreshToken = request.cookies.get(REFRESH_COOKIE)?.value ?? null;
  let accessToken = request.cookies.get(ACCESS_COOKIE)?.value ?? null;
  let renewed: AuthSessionFragment | null = null;

  const renew = async (): Promise<"ok" | "expired" | NextResponse> => {
    try {
      renewed = await refreshSession(refreshToken!, forwardedFor);
      accessToken = renewed.accessToken;
      return "ok";
    } catch (error) {
      const errors = asApiErrors(error);
      return errors.some(isSessionError) ? "expired" : errorResponse(errors);
    }
  };

  if (refreshToken && needsRefresh(accessToken, Date.now())) {
    const outcome = await renew();
    if (outcome === "expired") return expired(request);
    if (outcome !== "ok") return outcome;
  }

  let result: ApiResponse = await callApi(resolved.query, variables, { accessToken, forwardedFor });
  // 401 = the token was refused (revoked after a role change, or expired in between): renew once.
  if (result.status === 401 && refreshToken && !renewed) {
    const outcome = await renew();
    if (outcome === "expired") return expired(request);
    if (outcome !== "ok") return outcome;
    result = await callApi(resolved.query, variables, { accessToken, forwardedFor });
  }
  if (result.status === 401) return expired(request);

  const response = NextResponse.json(result.body, { status: result.status, headers: { "cache-control": "no-store" } });
  if (renewed) {
    for (const cookie of sessionCookies(renewed, secureFor(request))) response.cookies.set(cookie.name, cookie.value, cookie.options);
  }
  return response;
}
