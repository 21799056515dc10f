import type { TypedDocumentString } from "@/gql/graphql";
import { loginUrlFor } from "@/lib/session/safe-next";
import { ApiRequestError, errorsOf, isSessionError, networkError } from "./errors";

// The browser's GraphQL client: posts {documentId, variables} to the panel's own /api/graphql (the
// BFF holds the tokens). A session that cannot be renewed sends the user to login, once, with the
// page to come back to.

export interface ClientOptions {
  fetchImpl?: typeof fetch;
  onSessionExpired?: () => void;
  signal?: AbortSignal;
}

let redirecting = false;

function goToLogin(): void {
  if (redirecting || typeof window === "undefined") return;
  redirecting = true;
  const { pathname, search } = window.location;
  window.location.assign(loginUrlFor(`${pathname}${search}`, "expired"));
}

export function documentIdOf(document: TypedDocumentString<unknown, unknown>): string {
  const hash = (document as unknown as { __meta__?: { hash?: unknown } }).__meta__?.hash;
  if (typeof hash !== "string") throw new Error("Document without a persisted id: run `npm run codegen`");
  return hash;
}

export async function request<R, V>(document: TypedDocumentString<R, V>, variables: V, options: ClientOptions = {}): Promise<R> {
  const fetchImpl = options.fetchImpl ?? fetch;
  let response: Response;
  try {
    response = await fetchImpl("/api/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ documentId: documentIdOf(document as TypedDocumentString<unknown, unknown>), variables }),
      credentials: "same-origin",
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiRequestError([networkError(error instanceof Error ? error.message : String(error))]);
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  const errors = errorsOf(body);
  if (response.status === 401 || errors.some(isSessionError)) {
    (options.onSessionExpired ?? goToLogin)();
    throw new ApiRequestError(errors.length > 0 ? errors : [{ code: "SESSION_EXPIRED", message: "Session expired" }]);
  }
  if (errors.length > 0) throw new ApiRequestError(errors);
  const data = (body as { data?: unknown } | null)?.data;
  if (data == null) {
    throw new ApiRequestError([{ code: response.status >= 500 ? "INTERNAL_SERVER_ERROR" : "UNKNOWN", message: `HTTP ${response.status}` }]);
  }
  return data as R;
}

/** For the session routes (/api/session/*): JSON in, JSON out, errors as ApiErrors. */
export async function postSession<T>(path: string, payload: unknown, fetchImpl: typeof fetch = fetch): Promise<{ ok: true; data: T } | { ok: false; errors: ReturnType<typeof errorsOf> }> {
  try {
    const response = await fetchImpl(path, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(payload ?? {}),
      credentials: "same-origin",
    });
    let body: unknown = null;
    try {
      body = await response.json();
    } catch {
      body = null;
    }
    if (response.ok) return { ok: true, data: body as T };
    const errors = errorsOf(body);
    return { ok: false, errors: errors.length > 0 ? errors : [{ code: response.status >= 500 ? "INTERNAL_SERVER_ERROR" : "UNKNOWN", message: `HTTP ${response.status}` }] };
  } catch (error) {
    return { ok: false, errors: [networkError(error instanceof Error ? error.message : String(error))] };
  }
}
