// Reads a JWT's expiry WITHOUT verifying it: only to decide whether to renew before calling the
// API. The API verifies every token; a forged `exp` here only causes a wasted call.

function base64UrlDecode(segment: string): string {
  const base64 = segment.replace(/-/g, "+").replace(/_/g, "/");
  const padded = base64 + "=".repeat((4 - (base64.length % 4)) % 4);
  return typeof atob === "function" ? atob(padded) : Buffer.from(padded, "base64").toString("binary");
}

/** The `exp` claim in epoch milliseconds, or null when the token is not a readable JWT. */
export function tokenExpiresAt(token: string | null | undefined): number | null {
  if (!token) return null;
  const parts = token.split(".");
  if (parts.length !== 3 || !parts[1]) return null;
  try {
    const payload: unknown = JSON.parse(base64UrlDecode(parts[1]));
    if (typeof payload !== "object" || payload === null) return null;
    const exp = (payload as { exp?: unknown }).exp;
    return typeof exp === "number" && Number.isFinite(exp) ? exp * 1000 : null;
  } catch {
    return null;
  }
}

/** Renew when there is no token, it cannot be read, or it expires within `skewMs`. */
export function needsRefresh(token: string | null | undefined, nowMs: number, skewMs = 30_000): boolean {
  const exp = tokenExpiresAt(token);
  return exp === null || exp - skewMs <= nowMs;
}
