import type { CampaignScheduleFieldsFragment, CampaignStatus, CampaignTriggerFieldsFragment, CampaignKind, CampaignFunnelTotalsFragment } from "@/gql/graphql";
import { formatDateTime, formatNumber, type FormatContext } from "@/lib/format";
import type { Translator } from "@/lib/i18n";
import { WEEKDAYS } from "./builder";

// A campaign's settings in words (the list, the detail, the read-only view): what fires it, when it
// runs, and its funnel's rates. Names of zones, programs and rewards come from the caller's lookups.

export interface NameLookup {
  zones?: ReadonlyMap<string, string>;
  programs?: ReadonlyMap<string, string>;
  rewards?: ReadonlyMap<string, string>;
  /** Location names, for a segment condition that tests a location. */
  locations?: ReadonlyMap<string, string>;
}

export function statusTone(status: CampaignStatus): "slate" | "green" | "amber" | "red" | "indigo" {
  switch (status) {
    case "ACTIVE":
      return "green";
    case "SCHEDULED":
      return "indigo";
    case "PAUSED":
      return "amber";
    case "ARCHIVED":
      return "red";
    default:
      return "slate";
  }
}

function names(ids: ReadonlyArray<string | number> | null | undefined, lookup: ReadonlyMap<string, string> | undefined, t: Translator): string {
  if (!ids || ids.length === 0) return t("campaigns.words.noZones");
  return ids.map((id) => lookup?.get(String(id)) ?? t("campaigns.words.unknownZone")).join(", ");
}

/** "Sin visitas durante 30 días", "Al entrar en Puerta, Terraza (máx. uno cada 24 h)"... */
export function triggerWords(trigger: CampaignTriggerFieldsFragment, t: Translator, lookup: NameLookup = {}): string {
  switch (trigger.type) {
    case "INACTIVITY":
      return t("campaigns.words.INACTIVITY", { days: trigger.days ?? "?" });
    case "BIRTHDAY":
      return t("campaigns.words.BIRTHDAY", { time: trigger.localTime ?? "?" });
    case "WELCOME":
      return t("campaigns.words.WELCOME", { hours: trigger.hours ?? 0 });
    case "AFTER_VISIT":
      return t("campaigns.words.AFTER_VISIT", { hours: trigger.hours ?? 0 });
    case "GEOFENCE_ENTER":
    case "GEOFENCE_DWELL":
      return t(`campaigns.words.${trigger.type}`, { zones: names(trigger.geofenceIds, lookup.zones, t), hours: trigger.cooldownHours ?? 24 });
    case "POINTS_THRESHOLD":
      return t("campaigns.words.POINTS_THRESHOLD", {
        points: trigger.points ?? "?",
        program: trigger.programId ? (lookup.programs?.get(String(trigger.programId)) ?? t("campaigns.words.aProgram")) : t("campaigns.words.anyProgram"),
      });
    case "REWARD_AVAILABLE":
      return t("campaigns.words.REWARD_AVAILABLE", {
        reward: trigger.rewardId ? (lookup.rewards?.get(String(trigger.rewardId)) ?? t("campaigns.words.aReward")) : t("campaigns.words.anyReward"),
      });
    default:
      return String(trigger.type);
  }
}

/** "Una vez, al activarla", "Cada semana: lun, mié a las 09:00", "Cada mes el día 31 (o el último)". */
export function scheduleWords(kind: CampaignKind, schedule: CampaignScheduleFieldsFragment | null | undefined, t: Translator, fmt: FormatContext): string {
  if (kind === "ONE_OFF") return schedule?.sendAt ? t("campaigns.words.oneOffAt", { date: formatDateTime(schedule.sendAt, fmt) }) : t("campaigns.words.oneOffNow");
  if (!schedule) return t("campaigns.words.noSchedule");
  const time = schedule.localTime ?? "?";
  switch (schedule.frequency) {
    case "DAILY":
      return t("campaigns.words.daily", { time });
    case "WEEKLY": {
      const days = WEEKDAYS.filter((d) => schedule.days?.includes(d)).map((d) => t(`campaigns.weekday.${d}`));
      return t("campaigns.words.weekly", { days: days.join(", ") || "?", time });
    }
    case "MONTHLY":
      return t("campaigns.words.monthly", { day: schedule.dayOfMonth ?? "?", time });
    default:
      return t("campaigns.words.noSchedule");
  }
}

/** What starts it, in one line: the trigger for triggered campaigns, the schedule otherwise. */
export function kindWords(
  campaign: { kind: CampaignKind; trigger?: CampaignTriggerFieldsFragment | null; schedule?: CampaignScheduleFieldsFragment | null },
  t: Translator,
  fmt: FormatContext,
  lookup: NameLookup = {},
): string {
  if (campaign.kind === "TRIGGERED") return campaign.trigger ? triggerWords(campaign.trigger, t, lookup) : t("campaigns.words.noTrigger");
  return scheduleWords(campaign.kind, campaign.schedule, t, fmt);
}

export interface FunnelRates {
  /** Share of the targeted at each step, 0–1 (null when nobody was targeted). */
  sent: number | null;
  opened: number | null;
  visited: number | null;
  /** Visits after the message over customers it was sent to (null when none was sent). */
  conversion: number | null;
}

export function funnelRates(funnel: CampaignFunnelTotalsFragment): FunnelRates {
  const share = (part: number, whole: number) => (whole > 0 ? Math.min(1, part / whole) : null);
  return {
    sent: share(funnel.sent, funnel.targeted),
    opened: share(funnel.opened, funnel.targeted),
    visited: share(funnel.visited, funnel.targeted),
    conversion: share(funnel.visited, funnel.sent),
  };
}

/** "12,5 %", or "—" when there is nothing to divide by. */
export function formatPercent(rate: number | null, locale: string): string {
  if (rate === null) return "—";
  return `${formatNumber(Math.round(rate * 1000) / 10, locale, rate * 100 === Math.round(rate * 100) ? 0 : 1)} %`;
}

/** Bar heights (0–1) against the largest value; all zero when every value is zero. */
export function barShares(values: readonly number[]): number[] {
  const max = Math.max(0, ...values);
  return values.map((v) => (max > 0 ? v / max : 0));
}

/** The dry run's warnings (the API's English sentences) in the panel's language when we know them. */
export function dryRunWarningWords(warning: string, t: Translator): string {
  const allSkipped = /^All (\d+) qualifying customers would be skipped/.exec(warning);
  if (allSkipped) return t("campaigns.warning.allSkipped", { count: allSkipped[1] ?? "?" });
  if (/^No customer qualifies now/.test(warning)) return t("campaigns.warning.nobody");
  if (/^Every reachable customer would be held back/.test(warning)) return t("campaigns.warning.allHeld");
  if (/^Paused:/.test(warning)) return t("campaigns.warning.paused");
  if (/^The campaign (has ended|ended at)/.test(warning)) return t("campaigns.warning.ended");
  if (/fires on events/.test(warning)) return t("campaigns.warning.events");
  if (/segment .* no longer exists/.test(warning)) return t("campaigns.warning.segmentGone");
  return warning;
}
