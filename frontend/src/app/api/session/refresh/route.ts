import { NextResponse, type NextRequest } from "next/server";
import { asApiErrors } from "@/lib/api/errors";
import { REFRESH_COOKIE } from "@/lib/session/constants";
import { clearSession, errorResponse, isSameOrigin, sessionResponse } from "@/lib/session/handlers";
import { refreshSession } from "@/lib/session/refresh";

/** POST → renews the session from the refresh cookie (single-flight); 401 and cleared cookies when it cannot. */
export async function POST(request: NextRequest) {
  if (!isSameOrigin(request)) return errorResponse([{ code: "FORBIDDEN", message: "Cross-site request refused" }]);
  const refreshToken = request.cookies.get(REFRESH_COOKIE)?.value;
  if (!refreshToken) {
    return clearSession(request, NextResponse.json({ errors: [{ code: "SESSION_EXPIRED", message: "No session" }] }, { status: 401 }));
  }
  try {
    return sessionResponse(request, await refreshSession(refreshToken, request.headers.get("x-forwarded-for")));
  } catch (error) {
    const errors = asApiErrors(error);
    if (errors.some((e) => e.code === "UNAUTHENTICATED")) {
      return clearSession(request, errorResponse([{ code: "SESSION_EXPIRED", message: "Session expired" }], 401));
    }
    return errorResponse(errors);
  }
}
