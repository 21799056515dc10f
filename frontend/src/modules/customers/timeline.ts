import { formatMoney, type FormatContext } from "@/lib/format";
import type { MessageKey, Translator } from "@/lib/i18n";

// A customer's timeline entries in the panel's words. The API sends a kind, an English title and
// key/value details; the kinds the panel knows are described from their details (so Spanish reads
// as Spanish), the others fall back to the API's title.

export interface TimelineNode {
  id: string;
  occurredAt: string;
  kind: string;
  title: string;
  details: ReadonlyArray<{ key: string; value: string | null }>;
}

export interface DescribedEntry {
  id: string;
  occurredAt: string;
  kind: string;
  /** Localised label of the kind ("Visita", "Nota"...). */
  kindLabel: string;
  title: string;
  /** Secondary lines (amount, source, note body...). */
  lines: string[];
}

export function detailsOf(node: TimelineNode): Record<string, string | null> {
  const map: Record<string, string | null> = {};
  for (const { key, value } of node.details) map[key] = value;
  return map;
}

const KIND_LABELS: Record<string, MessageKey> = {
  VISIT: "timeline.kind.VISIT",
  POINTS: "timeline.kind.POINTS",
  REDEMPTION: "timeline.kind.REDEMPTION",
  CONSENT: "timeline.kind.CONSENT",
  NOTE: "timeline.kind.NOTE",
  NOTIFICATION: "timeline.kind.NOTIFICATION",
  GEOFENCE: "timeline.kind.GEOFENCE",
};

const CONSENT_TYPES = new Set(["PUSH", "LOCATION", "MARKETING"]);
const CONSENT_SOURCES = new Set(["PANEL", "IN_STORE", "APP", "IMPORT", "API"]);
const VISIT_SOURCES = new Set(["QR_SCAN", "MANUAL", "APP", "POS_API"]);
const LEDGER_REASONS = new Set(["EARN_VISIT", "EARN_AMOUNT", "REDEMPTION", "ADJUSTMENT", "EXPIRY", "OPENING_BALANCE"]);

export interface DescribeContext {
  t: Translator;
  fmt: FormatContext;
  currency: string;
  locationName: (id: string) => string | undefined;
}

export function describeEntry(node: TimelineNode, ctx: DescribeContext): DescribedEntry {
  const { t } = ctx;
  const d = detailsOf(node);
  const base = { id: node.id, occurredAt: node.occurredAt, kind: node.kind, kindLabel: KIND_LABELS[node.kind] ? t(KIND_LABELS[node.kind]!) : node.kind };
  switch (node.kind) {
    case "VISIT": {
      const place = d.locationId ? ctx.locationName(d.locationId) : undefined;
      const lines: string[] = [];
      if (d.amount) lines.push(t("timeline.visit.amount", { amount: formatMoney(d.amount, d.currency || ctx.currency, ctx.fmt.locale) }));
      if (d.source && VISIT_SOURCES.has(d.source)) lines.push(t(`visitSource.${d.source}` as MessageKey));
      return { ...base, title: place ? t("timeline.visit.at", { location: place }) : t("timeline.visit"), lines };
    }
    case "NOTE":
      return { ...base, title: t("timeline.note"), lines: [d.body ?? node.title] };
    case "CONSENT": {
      const type = d.type && CONSENT_TYPES.has(d.type) ? t(`consent.${d.type}` as MessageKey) : (d.type ?? "?");
      const granted = d.granted === "true";
      const lines = d.source && CONSENT_SOURCES.has(d.source) ? [t("timeline.consent.source", { source: t(`consentSource.${d.source}` as MessageKey) })] : [];
      return { ...base, title: t(granted ? "timeline.consent.granted" : "timeline.consent.withdrawn", { type }), lines };
    }
    case "POINTS": {
      if (!d.delta || !d.program) return { ...base, title: node.title, lines: [] };
      const delta = Number(d.delta);
      const lines: string[] = [];
      if (d.reason && LEDGER_REASONS.has(d.reason)) lines.push(t(`ledger.${d.reason}` as MessageKey));
      if (d.note) lines.push(t("timeline.points.reason", { reason: d.note }));
      if (d.balanceAfter) lines.push(t("timeline.points.balance", { balance: d.balanceAfter }));
      return { ...base, title: t("timeline.points", { delta: delta > 0 ? `+${delta}` : String(delta), program: d.program }), lines };
    }
    case "REDEMPTION": {
      if (!d.reward) return { ...base, title: node.title, lines: [] };
      const place = d.locationId ? ctx.locationName(d.locationId) : undefined;
      const lines = [t("timeline.redemption.cost", { cost: d.cost ?? "?", balance: d.balanceAfter ?? "?" })];
      if (place) lines.push(place);
      return { ...base, title: t("timeline.redemption", { reward: d.reward }), lines };
    }
    default:
      return { ...base, title: node.title, lines: [] };
  }
}

/** Entries grouped by their day in the business's time zone, newest day first (input order kept). */
export function groupByDay<T extends { occurredAt: string }>(entries: readonly T[], timeZone: string): Array<{ day: string; entries: T[] }> {
  const groups: Array<{ day: string; entries: T[] }> = [];
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
  } catch {
    formatter = new Intl.DateTimeFormat("en-CA", { timeZone: "UTC", year: "numeric", month: "2-digit", day: "2-digit" });
  }
  for (const entry of entries) {
    const date = new Date(entry.occurredAt);
    const day = Number.isNaN(date.getTime()) ? "" : formatter.format(date);
    const last = groups[groups.length - 1];
    if (last && last.day === day) last.entries.push(entry);
    else groups.push({ day, entries: [entry] });
  }
  return groups;
}

/** Appends a page, dropping entries already shown (a reload can overlap the pages loaded before). */
export function appendUnique<T extends { id: string }>(current: readonly T[], page: readonly T[]): T[] {
  const seen = new Set(current.map((e) => e.id));
  return [...current, ...page.filter((e) => !seen.has(e.id))];
}
