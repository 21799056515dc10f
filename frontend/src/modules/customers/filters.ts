import type { CustomerFilter } from "@/gql/graphql";

// The customer list's filters live in the URL (?q=&tag=&location=), so a filtered list can be
// bookmarked, shared, rendered on the server for its first paint, and exported exactly as shown.

export interface CustomerListQuery {
  /** What the user typed in the search box (name, email or phone). */
  search: string;
  tag: string;
  /** Customers who visited this location. */
  locationId: string;
}

/** Rows per page; read by the server page too (so not exported from the "use client" list). */
export const CUSTOMERS_PAGE_SIZE = 25;

export const EMPTY_QUERY: CustomerListQuery = { search: "", tag: "", locationId: "" };

/** The API refuses longer search terms (CustomerSearch: 100 characters, at most 8 words). */
export const SEARCH_MAX = 100;
const SEARCH_MAX_WORDS = 8;

type ParamSource = URLSearchParams | Record<string, string | string[] | undefined>;

function read(params: ParamSource, name: string): string {
  if (params instanceof URLSearchParams) return params.get(name) ?? "";
  const value = params[name];
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

export function parseListQuery(params: ParamSource): CustomerListQuery {
  return {
    search: read(params, "q").slice(0, SEARCH_MAX),
    tag: read(params, "tag").trim().toLowerCase(),
    locationId: read(params, "location").trim(),
  };
}

/** "?q=ana&tag=vip" (empty values left out); "" when nothing is filtered. */
export function toQueryString(query: CustomerListQuery): string {
  const params = new URLSearchParams();
  const search = normalizeSearch(query.search);
  if (search) params.set("q", search);
  if (query.tag) params.set("tag", query.tag);
  if (query.locationId) params.set("location", query.locationId);
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** Collapses spaces and keeps what the API accepts, so typing never produces a refused search. */
export function normalizeSearch(text: string): string {
  const words = text.trim().split(/\s+/).filter(Boolean).slice(0, SEARCH_MAX_WORDS);
  return words.join(" ").slice(0, SEARCH_MAX);
}

/** The GraphQL filter for a list query; null when nothing is filtered. */
export function toCustomerFilter(query: CustomerListQuery): CustomerFilter | null {
  const filter: CustomerFilter = {};
  const search = normalizeSearch(query.search);
  if (search) filter.search = search;
  if (query.tag) filter.tag = query.tag;
  if (query.locationId) filter.visitedLocationId = query.locationId;
  return Object.keys(filter).length > 0 ? filter : null;
}

export function isFiltered(query: CustomerListQuery): boolean {
  return toCustomerFilter(query) !== null;
}
