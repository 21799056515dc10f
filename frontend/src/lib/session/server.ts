import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { MeDocument, ShellLocationsDocument, type TypedDocumentString } from "@/gql/graphql";
import { ApiRequestError, isSessionError } from "@/lib/api/errors";
import { execute } from "./api";
import { ACCESS_COOKIE, PATH_HEADER } from "./constants";
import { loginUrlFor } from "./safe-next";

// Server components query the API with the access token from the request's cookie (the proxy has
// renewed it before we get here). A session the API refuses sends the user to login and back.

export async function serverQuery<R, V>(document: TypedDocumentString<R, V>, variables: V): Promise<R> {
  const cookieStore = await cookies();
  const requestHeaders = await headers();
  try {
    return await execute(document, variables, {
      accessToken: cookieStore.get(ACCESS_COOKIE)?.value ?? null,
      forwardedFor: requestHeaders.get("x-forwarded-for"),
    });
  } catch (error) {
    if (error instanceof ApiRequestError && error.errors.some(isSessionError)) {
      redirect(loginUrlFor(requestHeaders.get(PATH_HEADER), "expired"));
    }
    throw error;
  }
}

/** The signed-in user and business, fetched once per request however many components ask. */
export const getMe = cache(async () => (await serverQuery(MeDocument, {})).me);

/** The locations the user may see (Staff: their assigned ones), once per request. */
export const getVisibleLocations = cache(async () => (await serverQuery(ShellLocationsDocument, {})).locations.edges.map((e) => e.node));

/** Runs a query, turning FORBIDDEN / NOT_FOUND into values a page can render (not an error page). */
export async function serverQueryOr<R, V>(
  document: TypedDocumentString<R, V>,
  variables: V,
): Promise<{ ok: true; data: R } | { ok: false; error: ApiRequestError }> {
  try {
    return { ok: true, data: await serverQuery(document, variables) };
  } catch (error) {
    if (error instanceof ApiRequestError && (error.has("FORBIDDEN") || error.has("NOT_FOUND"))) {
      return { ok: false, error };
    }
    throw error;
  }
}
