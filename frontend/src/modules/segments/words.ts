import type { SegmentOperator } from "@/gql/graphql";
import { formatDate, formatNumber, type FormatContext } from "@/lib/format";
import type { MessageKey, Translator } from "@/lib/i18n";
import { type Condition, fromCondition, kindOf } from "./tree";

// A segment's condition in words, in the panel's language: "última visita hace más de 60 días y al menos
// 3 visitas". The API's Segment.description says the same in English only (for API clients); the panel
// renders the structured condition itself, like the rest of its text, so a Spanish panel reads Spanish.
// Dates are calendar days in the business's time zone (as the editor picks them), numbers and months in
// the panel's formatting locale. Location names come from the caller's lookup (the API gives ids).

export interface ConditionWordsContext {
  t: Translator;
  fmt: FormatContext;
  /** Location names by id; a location not in it reads "a location". */
  locations?: ReadonlyMap<string, string>;
}

/** The condition (an API SegmentCondition with nulls and __typename, or an editor value) in words. */
export function conditionWords(condition: unknown, ctx: ConditionWordsContext): string {
  return describe(fromCondition(condition), ctx);
}

function describe(node: Condition, ctx: ConditionWordsContext): string {
  const kind = kindOf(node);
  if (kind === "all" || kind === "any") {
    const joiner = ` ${ctx.t(kind === "all" ? "segments.joiner.all" : "segments.joiner.any")} `;
    return (node[kind] ?? []).map((child) => nested(child, ctx)).join(joiner);
  }
  if (kind === "not" && node.not) return ctx.t("segments.words.not", { condition: describe(node.not, ctx) });
  if (kind === "fact") return fact(node, ctx);
  return "?";
}

/** A group of two or more inside another reads in parentheses, so "a y (b o c)" keeps its meaning. */
function nested(node: Condition, ctx: ConditionWordsContext): string {
  const group = (node.all?.length ?? 0) > 1 || (node.any?.length ?? 0) > 1;
  return group ? `(${describe(node, ctx)})` : describe(node, ctx);
}

function count(value: number | null | undefined, noun: "visits" | "points" | "days", ctx: ConditionWordsContext): string {
  if (value == null) return "?";
  const key = `segments.words.${noun}.${value === 1 ? "one" : "other"}` as MessageKey;
  return ctx.t(key, { count: formatNumber(value, ctx.fmt.locale) });
}

function fact(node: Condition, ctx: ConditionWordsContext): string {
  const { t } = ctx;
  switch (node.fact) {
    case "VISIT_COUNT":
      return compare(node.op, count(node.number, "visits", ctx), t);
    case "POINTS_BALANCE":
      return compare(node.op, count(node.number, "points", ctx), t);
    case "FIRST_VISIT":
    case "LAST_VISIT":
    case "ENROLLED":
      return time(node, ctx);
    case "VISITED_LOCATION": {
      const location = (node.locationId && ctx.locations?.get(String(node.locationId))) || t("segments.words.aLocation");
      return node.days == null
        ? t("segments.words.VISITED_LOCATION", { location })
        : t("segments.words.VISITED_LOCATION_DAYS", { location, days: count(node.days, "days", ctx) });
    }
    case "TAG":
      return t("segments.words.TAG", { tag: node.tag ?? "?" });
    case "BIRTHDAY_MONTH":
      return t("segments.words.BIRTHDAY_MONTH", { month: monthName(node.month, ctx.fmt.locale) });
    case "CONSENT":
      return node.consent ? t(`segments.words.CONSENT.${node.consent}`) : "?";
    case "DEVICE_PLATFORM":
      return t("segments.words.DEVICE_PLATFORM", { platform: node.platform ? t(`segments.platform.${node.platform}`) : "?" });
    case "OPENED_NOTIFICATION":
      return t("segments.words.OPENED_NOTIFICATION", { days: count(node.days, "days", ctx) });
    default:
      return "?";
  }
}

function compare(op: SegmentOperator | null | undefined, amount: string, t: Translator): string {
  switch (op) {
    case "EQ":
    case "GT":
    case "GTE":
    case "LT":
    case "LTE":
      return t(`segments.words.${op}`, { amount });
    default:
      return amount;
  }
}

function time(node: Condition, ctx: ConditionWordsContext): string {
  const { t } = ctx;
  const what = t(`segments.words.subject.${node.fact as "FIRST_VISIT" | "LAST_VISIT" | "ENROLLED"}`);
  switch (node.op) {
    case "WITHIN_LAST_DAYS":
      return t("segments.words.WITHIN_LAST_DAYS", { what, days: count(node.days, "days", ctx) });
    case "MORE_THAN_DAYS_AGO":
      return t("segments.words.MORE_THAN_DAYS_AGO", { what, days: count(node.days, "days", ctx) });
    case "BEFORE":
      return t("segments.words.BEFORE", { what, date: formatDate(node.date, ctx.fmt) });
    case "AFTER":
      return t("segments.words.AFTER", { what, date: formatDate(node.date, ctx.fmt) });
    case "NEVER":
      return t("segments.words.NEVER");
    default:
      return what;
  }
}

/** "marzo", "March": the month's name in the formatting locale (1-12; "?" for anything else). */
function monthName(month: number | null | undefined, locale: string): string {
  if (month == null || !Number.isInteger(month) || month < 1 || month > 12) return "?";
  return new Intl.DateTimeFormat(locale, { month: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2000, month - 1, 1)));
}
