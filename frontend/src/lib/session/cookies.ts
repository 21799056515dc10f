import { ACCESS_COOKIE, REFRESH_COOKIE } from "./constants";

// The browser never sees a token: both live in httpOnly cookies set by the panel's own server.
// SameSite=Lax keeps them off cross-site POSTs (CSRF) while normal navigation to the panel works.

export interface SessionTokens {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
  refreshTokenExpiresAt: string;
}

export interface CookieSpec {
  name: string;
  value: string;
  options: {
    httpOnly: true;
    sameSite: "lax";
    path: "/";
    secure: boolean;
    expires?: Date;
    maxAge?: number;
  };
}

function expiry(iso: string, fallbackMs: number, now: number): Date {
  const parsed = Date.parse(iso);
  return new Date(Number.isNaN(parsed) ? now + fallbackMs : parsed);
}

export function sessionCookies(tokens: SessionTokens, secure: boolean, now: number = Date.now()): CookieSpec[] {
  const base = { httpOnly: true as const, sameSite: "lax" as const, path: "/" as const, secure };
  return [
    // The access cookie disappears when the token expires, so "no access cookie" means "renew".
    { name: ACCESS_COOKIE, value: tokens.accessToken, options: { ...base, expires: expiry(tokens.accessTokenExpiresAt, 15 * 60_000, now) } },
    { name: REFRESH_COOKIE, value: tokens.refreshToken, options: { ...base, expires: expiry(tokens.refreshTokenExpiresAt, 30 * 86_400_000, now) } },
  ];
}

export function clearedSessionCookies(secure: boolean): CookieSpec[] {
  const base = { httpOnly: true as const, sameSite: "lax" as const, path: "/" as const, secure, maxAge: 0 };
  return [
    { name: ACCESS_COOKIE, value: "", options: base },
    { name: REFRESH_COOKIE, value: "", options: base },
  ];
}

/**
 * Secure cookies when the browser reached us over HTTPS (directly or through a proxy that says so).
 * PANEL_COOKIE_SECURE=true|false overrides, e.g. to force them behind a TLS-terminating load balancer.
 */
export function isSecureRequest(url: string, forwardedProto: string | null, override = process.env.PANEL_COOKIE_SECURE): boolean {
  if (override === "true") return true;
  if (override === "false") return false;
  if (forwardedProto) return forwardedProto.split(",")[0]!.trim().toLowerCase() === "https";
  return url.startsWith("https:");
}

/** Replaces (or adds) cookies in a Cookie request header, so the rest of this request sees new tokens. */
export function withCookies(cookieHeader: string | null, cookies: ReadonlyArray<{ name: string; value: string }>): string {
  const jar = new Map<string, string>();
  for (const part of (cookieHeader ?? "").split(";")) {
    const index = part.indexOf("=");
    if (index <= 0) continue;
    jar.set(part.slice(0, index).trim(), part.slice(index + 1).trim());
  }
  for (const { name, value } of cookies) {
    if (value === "") jar.delete(name);
    else jar.set(name, value);
  }
  return [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
}
