import type { PushAudienceKind } from "@/gql/graphql";
import { formatDate, formatNumber, type FormatContext } from "@/lib/format";
import type { Translator } from "@/lib/i18n";

// A send's audience in the panel's language: "Ana Pérez", "120 clientes", "Segmento: etiqueta vip, al menos
// 3 visitas", "Todos los clientes". The API's audienceSummary says the same in English only (for API
// clients); the panel words the structured audience itself, like its segment conditions. One customer stays
// the name the API stored when the send was made.

/** The filter of a segment send as the API returns it (PushSegment). */
export interface SegmentWordsInput {
  search?: string | null;
  tags: readonly string[];
  preferredLocationId?: string | null;
  visitedLocationId?: string | null;
  lastVisitFrom?: string | null;
  lastVisitTo?: string | null;
  minVisits?: number | null;
  maxVisits?: number | null;
  createdFrom?: string | null;
  createdTo?: string | null;
}

export interface AudienceWordsInput {
  audienceKind: PushAudienceKind;
  audienceSummary: string;
  audienceCustomerCount?: number | null;
  audienceSegment?: SegmentWordsInput | null;
}

export interface AudienceWordsContext {
  t: Translator;
  fmt: FormatContext;
  /** Location names by id; a location not in it reads "a location". */
  locations?: ReadonlyMap<string, string>;
}

export function audienceWords(send: AudienceWordsInput, ctx: AudienceWordsContext): string {
  switch (send.audienceKind) {
    case "CUSTOMERS":
      return send.audienceCustomerCount == null
        ? send.audienceSummary
        : ctx.t("push.audienceWords.customers", { count: formatNumber(send.audienceCustomerCount, ctx.fmt.locale, 0) });
    case "SEGMENT":
      return send.audienceSegment == null
        ? send.audienceSummary
        : ctx.t("push.audienceWords.segment", { conditions: segmentWords(send.audienceSegment, ctx) });
    case "ALL":
      return ctx.t("push.audience.ALL");
    default:
      return send.audienceSummary;
  }
}

/** The filter's parts joined with commas (they all apply), or "every customer" when it has none. */
export function segmentWords(segment: SegmentWordsInput, ctx: AudienceWordsContext): string {
  const { t } = ctx;
  const parts: string[] = [];
  const search = segment.search?.trim();
  if (search) parts.push(t("push.audienceWords.search", { text: search }));
  for (const tag of segment.tags) parts.push(t("push.audienceWords.tag", { tag }));
  if (segment.preferredLocationId) {
    parts.push(t("push.audienceWords.preferredLocation", { location: locationName(segment.preferredLocationId, ctx) }));
  }
  if (segment.visitedLocationId) {
    parts.push(t("push.audienceWords.visitedLocation", { location: locationName(segment.visitedLocationId, ctx) }));
  }
  const lastVisit = range(segment.lastVisitFrom, segment.lastVisitTo, ctx);
  if (lastVisit) parts.push(t(`push.audienceWords.lastVisit.${lastVisit.kind}`, lastVisit.days));
  const joined = range(segment.createdFrom, segment.createdTo, ctx);
  if (joined) parts.push(t(`push.audienceWords.joined.${joined.kind}`, joined.days));
  if (segment.minVisits != null) parts.push(t("segments.words.GTE", { amount: visits(segment.minVisits, ctx) }));
  if (segment.maxVisits != null) parts.push(t("segments.words.LTE", { amount: visits(segment.maxVisits, ctx) }));
  return parts.length === 0 ? t("push.audienceWords.everyone") : parts.join(", ");
}

/** "3 visitas" (the segment editor's words, so both pages say visit counts alike). */
function visits(count: number, ctx: AudienceWordsContext): string {
  return ctx.t(count === 1 ? "segments.words.visits.one" : "segments.words.visits.other", {
    count: formatNumber(count, ctx.fmt.locale, 0),
  });
}

function locationName(id: string, ctx: AudienceWordsContext): string {
  return ctx.locations?.get(id) ?? ctx.t("push.audienceWords.aLocation");
}

/**
 * A date range as calendar days in the business's zone. The upper bound is exclusive (the start of the day
 * after the last one the composer picked), so the last day shown is the day of the instant just before it.
 */
function range(
  from: string | null | undefined,
  to: string | null | undefined,
  ctx: AudienceWordsContext,
): { kind: "between" | "from" | "until"; days: Record<string, string> } | null {
  const first = from ? formatDate(from, ctx.fmt) : null;
  const last = to ? formatDate(new Date(Date.parse(to) - 1), ctx.fmt) : null;
  if (first && last) return { kind: "between", days: { from: first, to: last } };
  if (first) return { kind: "from", days: { from: first } };
  if (last) return { kind: "until", days: { to: last } };
  return null;
}
