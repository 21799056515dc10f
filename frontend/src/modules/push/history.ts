import type { PushCountsFieldsFragment, PushSendFilter, PushSendOrigin, PushSendStatus } from "@/gql/graphql";
import { zonedDayStart } from "./compose";

// The history's and a send's figures: how far delivery went, whether it is still moving (the detail
// page polls then), who may cancel it, and the list's filters as the API's PushSendFilter.

export const PUSH_SENDS_PAGE_SIZE = 20;
export const NOTIFICATIONS_PAGE_SIZE = 25;
export const SKIPS_PAGE_SIZE = 25;
/** How often a send in progress is refreshed on its detail page. */
export const LIVE_POLL_MS = 3000;

export const SEND_STATUSES: readonly PushSendStatus[] = ["SCHEDULED", "EXPANDING", "QUEUED", "DONE", "CANCELLED"];

export type Counts = Omit<PushCountsFieldsFragment, "__typename">;

export interface Progress {
  /** Notifications that reached an end state (sent, failed, cancelled). */
  done: number;
  total: number;
  /** 0–100, whole. */
  percent: number;
}

export function progressOf(counts: Counts, status: PushSendStatus): Progress {
  const done = counts.sent + counts.failed + counts.cancelled;
  const total = counts.total;
  if (total === 0) return { done: 0, total: 0, percent: status === "DONE" || status === "CANCELLED" ? 100 : 0 };
  // Never 100 % while something is still queued or sending (rounding would say so at 99.6 %).
  const percent = done >= total ? 100 : Math.min(99, Math.round((done / total) * 100));
  return { done, total, percent };
}

/** Still changing: written or being written, delivering, or scheduled and due (the worker picks it up). */
export function isLive(status: PushSendStatus, scheduledAt?: string, now: number = Date.now()): boolean {
  if (status === "SCHEDULED") return scheduledAt !== undefined && Date.parse(scheduledAt) <= now;
  return status === "EXPANDING" || status === "QUEUED";
}

export function statusTone(status: PushSendStatus): "slate" | "green" | "amber" | "red" | "indigo" {
  switch (status) {
    case "DONE":
      return "green";
    case "CANCELLED":
      return "red";
    case "SCHEDULED":
      return "indigo";
    default:
      return "amber";
  }
}

export interface HistoryFilters {
  status: PushSendStatus | "";
  /** The history opens on what people sent; GeoPush and campaigns on demand ("" = every origin). */
  origin: PushSendOrigin | "";
  /** yyyy-mm-dd in the business's zone, both days included. */
  from: string;
  to: string;
}

export const EMPTY_HISTORY_FILTERS: HistoryFilters = { status: "", origin: "PANEL", from: "", to: "" };
export const SEND_ORIGINS: readonly PushSendOrigin[] = ["PANEL", "GEOPUSH", "CAMPAIGN"];

export function toSendFilter(filters: HistoryFilters, timeZone: string): PushSendFilter | null {
  const filter: PushSendFilter = {};
  if (filters.status) filter.status = filters.status;
  if (filters.origin) filter.origin = filters.origin;
  const from = zonedDayStart(filters.from, timeZone);
  if (from) filter.createdFrom = from;
  if (/^\d{4}-\d{2}-\d{2}$/.test(filters.to)) {
    const next = new Date(`${filters.to}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    const to = zonedDayStart(next.toISOString().slice(0, 10), timeZone);
    if (to) filter.createdTo = to;
  }
  return Object.keys(filter).length > 0 ? filter : null;
}

/** The figures shown per send, in order, with the keys of their labels. */
export const FIGURES = ["queued", "sending", "sent", "failed", "cancelled", "received", "opened", "heldBack"] as const satisfies ReadonlyArray<keyof Counts>;
