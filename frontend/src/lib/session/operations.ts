// The BFF forwards only the panel's own operations, by their id in the persisted-documents manifest
// that GraphQL Code Generator writes at build time (sha256 → document). The browser sends
// {documentId, variables}; anything else is refused, and operations that hand out tokens (login,
// refresh...) never go through /api/graphql: they have their own routes that keep tokens in cookies.

export const SESSION_OPERATIONS: ReadonlySet<string> = new Set(["Login", "SignUp", "Refresh", "Logout", "AcceptInvitation"]);

/** Name of the (first) operation in a document, e.g. "Locations" for "query Locations { ... }". */
export function operationName(document: string): string | null {
  const match = /\b(query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(document);
  return match ? match[2]! : null;
}

export type ResolvedDocument = { ok: true; query: string; name: string } | { ok: false; reason: "unknown" | "session" };

export function resolveDocument(documentId: unknown, manifest: Readonly<Record<string, string>>): ResolvedDocument {
  if (typeof documentId !== "string" || !Object.prototype.hasOwnProperty.call(manifest, documentId)) {
    return { ok: false, reason: "unknown" };
  }
  const query = manifest[documentId]!;
  const name = operationName(query) ?? "";
  if (SESSION_OPERATIONS.has(name)) return { ok: false, reason: "session" };
  return { ok: true, query, name };
}
