import { type NextRequest, NextResponse } from "next/server";
import { ApiRequestError, isSessionError } from "@/lib/api/errors";
import { ACCESS_COOKIE, PATH_HEADER, REFRESH_COOKIE, isPublicPath } from "@/lib/session/constants";
import { clearedSessionCookies, isSecureRequest, sessionCookies, withCookies } from "@/lib/session/cookies";
import { needsRefresh } from "@/lib/session/jwt";
import { refreshSession } from "@/lib/session/refresh";
import { loginUrlFor } from "@/lib/session/safe-next";

// Runs before every page request (Next 16 "proxy", formerly middleware):
// - pages other than login/sign-up/invitation need a session; without one → /login?next=<path>;
// - an access token that is missing or about to expire is renewed here with the refresh token
//   (single-flight, see lib/session/singleflight.ts), so server components render with a valid one;
// - a refresh token the API refuses ends the session: cookies cleared, back to login, then back here.

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const here = `${pathname}${search}`;
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(PATH_HEADER, here);
  const pass = () => NextResponse.next({ request: { headers: requestHeaders } });

  if (isPublicPath(pathname)) return pass();

  const accessToken = request.cookies.get(ACCESS_COOKIE)?.value;
  const refreshToken = request.cookies.get(REFRESH_COOKIE)?.value;
  if (accessToken && !needsRefresh(accessToken, Date.now())) return pass();
  if (!refreshToken) {
    return accessToken ? pass() : NextResponse.redirect(new URL(loginUrlFor(here), request.url));
  }

  const secure = isSecureRequest(request.url, request.headers.get("x-forwarded-proto"));
  try {
    const session = await refreshSession(refreshToken, request.headers.get("x-forwarded-for"));
    const cookies = sessionCookies(session, secure);
    requestHeaders.set("cookie", withCookies(request.headers.get("cookie"), cookies));
    const response = pass();
    for (const cookie of cookies) response.cookies.set(cookie.name, cookie.value, cookie.options);
    return response;
  } catch (error) {
    if (error instanceof ApiRequestError && error.errors.some(isSessionError)) {
      const response = NextResponse.redirect(new URL(loginUrlFor(here, "expired"), request.url));
      for (const cookie of clearedSessionCookies(secure)) response.cookies.set(cookie.name, cookie.value, cookie.options);
      return response;
    }
    // The API is down or slow: let the page render and show its own error rather than logging out.
    return pass();
  }
}

export const config = {
  // Pages only: not the BFF's API routes, Next's assets or static files.
  matcher: ["/((?!api/|_next/|favicon\\.ico|.*\\.(?:png|svg|ico|css|js|txt|webmanifest)$).*)"],
};
