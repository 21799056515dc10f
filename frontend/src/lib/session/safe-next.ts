import { DEFAULT_AFTER_LOGIN, isPublicPath } from "./constants";

/**
 * Where to go after login, from the untrusted `next` query parameter: only a path of this panel
 * (no scheme, no `//host`, no backslash tricks, no control characters), never a public page (that
 * would loop back to login). Anything else gives the dashboard.
 */
export function safeNextPath(raw: string | null | undefined, fallback: string = DEFAULT_AFTER_LOGIN): string {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2048) return fallback;
  if (!raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return fallback;
  // Control characters and backslashes let browsers reinterpret the URL (e.g. "/\t/evil.example").
  if (/[\u0000-\u001f\u007f\\]/.test(raw)) return fallback;
  let parsed: URL;
  try {
    parsed = new URL(raw, "http://panel.invalid");
  } catch {
    return fallback;
  }
  if (parsed.origin !== "http://panel.invalid") return fallback;
  if (isPublicPath(parsed.pathname) || parsed.pathname.startsWith("/api/")) return fallback;
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}

/** The login page that brings the user back to `path` afterwards. */
export function loginUrlFor(path: string | null | undefined, reason?: "expired"): string {
  const next = safeNextPath(path, "");
  const params = new URLSearchParams();
  if (next && next !== DEFAULT_AFTER_LOGIN) params.set("next", next);
  if (reason) params.set("reason", reason);
  const query = params.toString();
  return query ? `/login?${query}` : "/login";
}
