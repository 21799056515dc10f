#!/usr/bin/env node
// GraphQL-over-HTTP compliance audit for the RadarTracking API, run by bin/test.
//
// Why: graphql-http is the reference implementation of the GraphQL over HTTP spec and ships the
// spec's server audits, but no command-line tool (TOOLCHAIN.md). This script runs them against a
// live server and turns the result into an exit code for CI.
//
// Usage: node audit.mjs [URL]            (default http://localhost:8080/graphql)
// Optional: GRAPHQL_AUDIT_HEADERS='{"Authorization":"Bearer ..."}' adds headers to every request,
// for servers that refuse anonymous requests.
//
// Result levels (RFC 2119, set by graphql-http from the audit name):
//   error  = a failed MUST: the server is not compliant -> exit 1
//   warn   = a failed SHOULD (recommendation), notice = a failed MAY: reported, never fatal.
// Exit codes: 0 compliant, 1 MUST violations, 2 the audit could not run (server down, bad input).
//
// graphql is pinned to 16.x: graphql 17 requires Node >= 22 and these machines run Node 20; the
// audits themselves only speak HTTP, graphql is just graphql-http's peer dependency.

import { auditServer } from 'graphql-http';

const url = process.argv[2] ?? 'http://localhost:8080/graphql';

let extraHeaders = {};
if (process.env.GRAPHQL_AUDIT_HEADERS) {
  try {
    extraHeaders = JSON.parse(process.env.GRAPHQL_AUDIT_HEADERS);
  } catch (err) {
    console.error(`GRAPHQL_AUDIT_HEADERS is not a JSON object: ${err.message}`);
    process.exit(2);
  }
}

// The audits call fetch(url, init); merge our headers in without overriding the ones each audit
// sets on purpose (content-type and accept are what is being tested).
const fetchFn = (input, init = {}) =>
  fetch(input, { ...init, headers: { ...extraHeaders, ...(init.headers ?? {}) } });

// Fail fast and clearly when nothing listens: otherwise every audit dies with the same fetch error.
try {
  await fetchFn(url, { method: 'GET', signal: AbortSignal.timeout(10_000) });
} catch (err) {
  const cause = err.cause?.code ?? err.cause?.message ?? err.message;
  console.error(`graphql-http audit: no usable HTTP response from ${url} (${cause}). Is the server running?`);
  process.exit(2);
}

let results;
try {
  results = await auditServer({ url, fetchFn });
} catch (err) {
  // graphql-http throws only on fatal (non-assertion) errors, e.g. the connection dropping mid-run.
  console.error(`graphql-http audit: aborted: ${err?.stack ?? err}`);
  process.exit(2);
}

const counts = { ok: 0, notice: 0, warn: 0, error: 0 };
// Errors last, so they are what one sees at the bottom of a CI log.
const order = { ok: 0, notice: 1, warn: 2, error: 3 };
results.sort((a, b) => order[a.status] - order[b.status] || a.name.localeCompare(b.name));

console.log(`GraphQL over HTTP audit of ${url}`);
for (const r of results) {
  counts[r.status] = (counts[r.status] ?? 0) + 1;
  const reason = r.status === 'ok' ? '' : String(r.reason ?? '').replace(/\s+/g, ' ');
  console.log(`${r.status.padEnd(6)}  ${r.name}${reason ? `  ${reason}` : ''}`);
  // Release the response bodies the failing audits kept for inspection.
  await r.response?.body?.cancel?.().catch(() => {});
}
console.log(
  `total ${results.length}: ok ${counts.ok}, notice ${counts.notice}, warn ${counts.warn}, error ${counts.error}`,
);

if (counts.error > 0) {
  console.error(`graphql-http audit: ${counts.error} MUST requirement(s) violated`);
  process.exit(1);
}
