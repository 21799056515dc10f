import type { TypedDocumentString } from "@/gql/graphql";
import { ApiRequestError, errorsOf, networkError } from "@/lib/api/errors";

// Server-side calls from the panel (route handlers, proxy, server components) to the GraphQL API.

export function apiUrl(): string {
  return process.env.RADAR_API_URL || "http://localhost:8080/graphql";
}

export interface ApiCallOptions {
  accessToken?: string | null;
  /** The browser's X-Forwarded-For chain, so the API's rate limits and audit see the real client. */
  forwardedFor?: string | null;
  timeoutMs?: number;
}

export interface ApiResponse {
  status: number;
  body: { data?: unknown; errors?: unknown[] } & Record<string, unknown>;
}

/** Trims a forwarded-for chain to something sane before passing it on (or null when absent). */
export function forwardedFor(value: string | null | undefined): string | null {
  if (!value) return null;
  const cleaned = value
    .split(",")
    .map((part) => part.trim())
    .filter((part) => /^[0-9a-fA-F:.[\]]{2,45}$/.test(part))
    .slice(-10)
    .join(", ");
  return cleaned || null;
}

export async function callApi(query: string, variables: unknown, options: ApiCallOptions = {}): Promise<ApiResponse> {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    accept: "application/graphql-response+json, application/json",
  };
  if (options.accessToken) headers.authorization = `Bearer ${options.accessToken}`;
  const chain = forwardedFor(options.forwardedFor);
  if (chain) headers["x-forwarded-for"] = chain;
  try {
    const response = await fetch(apiUrl(), {
      method: "POST",
      headers,
      body: JSON.stringify({ query, variables: variables ?? {} }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
      cache: "no-store",
    });
    const text = await response.text();
    let body: ApiResponse["body"];
    try {
      body = text ? (JSON.parse(text) as ApiResponse["body"]) : {};
    } catch {
      body = { errors: [{ message: `Unexpected ${response.status} response from the API`, extensions: { code: "INTERNAL_SERVER_ERROR" } }] };
    }
    return { status: response.status, body };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { status: 502, body: { errors: [{ message, extensions: { code: networkError().code } }] } };
  }
}

/** Runs a typed document and returns its data, or throws ApiRequestError with every error. */
export async function execute<R, V>(document: TypedDocumentString<R, V>, variables: V, options: ApiCallOptions = {}): Promise<R> {
  const { status, body } = await callApi(document.toString(), variables, options);
  const errors = errorsOf(body);
  if (errors.length > 0 || body.data == null) {
    throw new ApiRequestError(errors.length > 0 ? errors : [{ code: status >= 500 ? "INTERNAL_SERVER_ERROR" : "UNKNOWN", message: `HTTP ${status}` }]);
  }
  return body.data as R;
}
