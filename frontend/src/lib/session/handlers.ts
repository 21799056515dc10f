import { NextResponse, type NextRequest } from "next/server";
import type { AuthSessionFragment } from "@/gql/graphql";
import { asApiErrors, type ApiError } from "@/lib/api/errors";
import { clearedSessionCookies, isSecureRequest, sessionCookies } from "./cookies";

// Helpers of the BFF's route handlers (/api/session/*, /api/graphql).

/** The HTTP status a BFF answer carries for the first error (the body has all of them). */
export function statusFor(errors: readonly ApiError[]): number {
  const code = errors[0]?.code;
  switch (code) {
    case "UNAUTHENTICATED":
    case "SESSION_EXPIRED":
      return 401;
    case "FORBIDDEN":
      return 403;
    case "NOT_FOUND":
      return 404;
    case "CONFLICT":
      return 409;
    case "RATE_LIMITED":
      return 429;
    case "BAD_USER_INPUT":
    case "GRAPHQL_PARSE_FAILED":
    case "GRAPHQL_VALIDATION_FAILED":
      return 400;
    case "NETWORK_ERROR":
      return 502;
    default:
      return 500;
  }
}

export function errorResponse(errors: ApiError[], status = statusFor(errors)): NextResponse {
  const response = NextResponse.json({ errors }, { status, headers: { "cache-control": "no-store" } });
  const retryAfter = errors.find((e) => e.code === "RATE_LIMITED")?.retryAfter;
  if (retryAfter !== undefined) response.headers.set("retry-after", String(Math.ceil(retryAfter)));
  return response;
}

export function secureFor(request: NextRequest): boolean {
  return isSecureRequest(request.url, request.headers.get("x-forwarded-proto"));
}

/** Sets the session cookies and answers with what the page may know: the user and the business. */
export function sessionResponse(request: NextRequest, session: AuthSessionFragment): NextResponse {
  const response = NextResponse.json({ user: session.user, business: session.business }, { headers: { "cache-control": "no-store" } });
  for (const cookie of sessionCookies(session, secureFor(request))) response.cookies.set(cookie.name, cookie.value, cookie.options);
  return response;
}

/**
 * A POST of one of the sign-in forms (login, sign-up, invitation): a cross-site post, or a body that is not
 * a JSON object, is refused before the API is asked; `signIn` asks it with the form's fields (passing the
 * client's address on for its rate limits), and the session it answers becomes the cookies. The API's
 * refusals (wrong password, taken email, expired invitation...) are answered as {errors}.
 */
export async function signInFromForm(
  request: NextRequest,
  signIn: (body: Record<string, unknown>, options: { forwardedFor: string | null }) => Promise<AuthSessionFragment>,
): Promise<NextResponse> {
  if (!isSameOrigin(request)) return errorResponse([{ code: "FORBIDDEN", message: "Cross-site request refused" }]);
  const body = await readJsonObject(request);
  if (!body) return errorResponse([{ code: "BAD_USER_INPUT", message: "Expected a JSON object" }]);
  try {
    return sessionResponse(request, await signIn(body, { forwardedFor: request.headers.get("x-forwarded-for") }));
  } catch (error) {
    return errorResponse(asApiErrors(error));
  }
}

export function clearSession(request: NextRequest, response: NextResponse): NextResponse {
  for (const cookie of clearedSessionCookies(secureFor(request))) response.cookies.set(cookie.name, cookie.value, cookie.options);
  return response;
}

/** The request's JSON object body, or null when it is missing, too large or not an object. */
export async function readJsonObject(request: NextRequest, maxBytes = 64 * 1024): Promise<Record<string, unknown> | null> {
  const text = await request.text();
  if (text.length === 0 || text.length > maxBytes) return null;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function stringField(body: Record<string, unknown>, name: string): string {
  const value = body[name];
  return typeof value === "string" ? value : "";
}

/**
 * Refuses cross-site POSTs to the BFF (defence in depth beside SameSite=Lax): a browser sends
 * Origin on POST; when it does, it must be this panel's own origin.
 */
export function isSameOrigin(request: NextRequest): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
