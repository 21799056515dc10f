// The API's error model (README: every GraphQL error carries extensions.code) as the panel sees it,
// plus two codes of the panel's own: NETWORK_ERROR (the API or the BFF did not answer) and
// SESSION_EXPIRED (the BFF could not renew the session; the user must log in again).

export type ApiErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "BAD_USER_INPUT"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "GRAPHQL_PARSE_FAILED"
  | "GRAPHQL_VALIDATION_FAILED"
  | "INTERNAL_SERVER_ERROR"
  | "NETWORK_ERROR"
  | "SESSION_EXPIRED"
  | "UNKNOWN";

export interface ApiError {
  code: ApiErrorCode;
  message: string;
  reason?: string;
  field?: string;
  /** Within a field that is a tree (a segment's condition): the node, e.g. "all.1.not" ("" = the root). */
  path?: string;
  retryAfter?: number;
  lockedUntil?: string;
  limit?: number;
  /** CONFLICT on a customer's email or phone: the customer who already has it. */
  existingCustomerId?: string;
}

const KNOWN_CODES: ReadonlySet<string> = new Set<ApiErrorCode>([
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "BAD_USER_INPUT",
  "CONFLICT",
  "RATE_LIMITED",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "INTERNAL_SERVER_ERROR",
  "NETWORK_ERROR",
  "SESSION_EXPIRED",
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** One GraphQL error object (or the API's HTTP-level JSON error) as an ApiError; never throws. */
export function toApiError(raw: unknown): ApiError {
  if (!isRecord(raw)) return { code: "UNKNOWN", message: String(raw ?? "") };
  const ext = isRecord(raw.extensions) ? raw.extensions : raw;
  const codeValue = typeof ext.code === "string" ? ext.code : undefined;
  const error: ApiError = {
    code: codeValue && KNOWN_CODES.has(codeValue) ? (codeValue as ApiErrorCode) : "UNKNOWN",
    message: typeof raw.message === "string" ? raw.message : "",
  };
  if (typeof ext.reason === "string") error.reason = ext.reason;
  if (typeof ext.field === "string") error.field = ext.field;
  if (typeof ext.path === "string") error.path = ext.path;
  const retryAfter = Number(ext.retryAfter);
  if (ext.retryAfter !== undefined && Number.isFinite(retryAfter) && retryAfter >= 0) error.retryAfter = retryAfter;
  if (typeof ext.lockedUntil === "string") error.lockedUntil = ext.lockedUntil;
  const limit = Number(ext.limit);
  if (ext.limit !== undefined && Number.isFinite(limit)) error.limit = limit;
  if (typeof ext.existingCustomerId === "string") error.existingCustomerId = ext.existingCustomerId;
  return error;
}

/** The errors of a GraphQL response body (or an HTTP-level error body), [] when there are none. */
export function errorsOf(body: unknown): ApiError[] {
  if (!isRecord(body)) return [];
  if (Array.isArray(body.errors)) return body.errors.map(toApiError);
  // HTTP-level refusals of the API (401 invalid token, 413 body too large) use {code, message} or
  // {errors:[...]} — both shapes end up here.
  if (typeof body.code === "string" || isRecord(body.extensions)) return [toApiError(body)];
  return [];
}

/** Thrown by the panel's GraphQL clients; carries every error of the response. */
export class ApiRequestError extends Error {
  readonly errors: ApiError[];

  constructor(errors: ApiError[]) {
    const list = errors.length > 0 ? errors : [{ code: "UNKNOWN" as const, message: "Unknown error" }];
    super(list.map((e) => `${e.code}: ${e.message}`).join("; "));
    this.name = "ApiRequestError";
    this.errors = list;
  }

  get first(): ApiError {
    return this.errors[0]!;
  }

  has(code: ApiErrorCode): boolean {
    return this.errors.some((e) => e.code === code);
  }
}

export function networkError(message = "Network error"): ApiError {
  return { code: "NETWORK_ERROR", message };
}

/** Whatever was thrown, as ApiErrors (so every catch block can show a human message). */
export function asApiErrors(thrown: unknown): ApiError[] {
  if (thrown instanceof ApiRequestError) return thrown.errors;
  if (thrown instanceof TypeError) return [networkError(thrown.message)];
  if (thrown instanceof Error) return [{ code: "UNKNOWN", message: thrown.message }];
  return [{ code: "UNKNOWN", message: String(thrown) }];
}

/** Errors that mean "log in again": the access token is gone and could not be renewed. */
export function isSessionError(error: ApiError): boolean {
  return error.code === "SESSION_EXPIRED" || (error.code === "UNAUTHENTICATED" && error.reason !== "INVALID_CREDENTIALS");
}
