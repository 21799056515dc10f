import { NextResponse, type NextRequest } from "next/server";
import { LogoutDocument } from "@/gql/graphql";
import { execute } from "@/lib/session/api";
import { REFRESH_COOKIE } from "@/lib/session/constants";
import { clearSession, errorResponse, isSameOrigin } from "@/lib/session/handlers";

/** POST → revokes the refresh token at the API (best effort) and clears the cookies. */
export async function POST(request: NextRequest) {
  if (!isSameOrigin(request)) return errorResponse([{ code: "FORBIDDEN", message: "Cross-site request refused" }]);
  const refreshToken = request.cookies.get(REFRESH_COOKIE)?.value;
  if (refreshToken) {
    try {
      await execute(LogoutDocument, { refreshToken }, { forwardedFor: request.headers.get("x-forwarded-for") });
    } catch {
      // Already revoked or the API is unreachable: the cookies go anyway, which ends the session here.
    }
  }
  return clearSession(request, NextResponse.json({ ok: true }, { headers: { "cache-control": "no-store" } }));
}
