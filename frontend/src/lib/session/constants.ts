// Names shared by the proxy, the route handlers and server components.

/** httpOnly cookie with the short-lived access token (JWT): never readable by the page's JS. */
export const ACCESS_COOKIE = "radar_at";
/** httpOnly cookie with the rotating refresh token. */
export const REFRESH_COOKIE = "radar_rt";
/** Request header the proxy adds so server components know the path to come back to after login. */
export const PATH_HEADER = "x-radar-path";

/** Pages anyone may open without a session. */
export const PUBLIC_PATHS = ["/login", "/signup", "/invitation", "/invitations/accept"] as const;

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
}

export const DEFAULT_AFTER_LOGIN = "/dashboard";
