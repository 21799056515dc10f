package com.radartracking.campaigns.engine;

import com.radartracking.campaigns.model.Campaign;
import com.radartracking.campaigns.model.CampaignKind;
import com.radartracking.campaigns.model.CampaignSchedule;
import com.radartracking.campaigns.model.TriggerType;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * When a campaign's scheduler run is due, in the business's time zone. Pure (no clock, no database), so the
 * API (a schedule that never fires is refused), the schedulers and the dry run agree.
 *
 * <ul>
 *   <li>ONE_OFF: its sendAt, or at once when it has none;</li>
 *   <li>RECURRING: the next DAILY / WEEKLY (its days) / MONTHLY (its day, the month's last day when shorter)
 *       local time;</li>
 *   <li>INACTIVITY and BIRTHDAY: daily at the trigger's local time (default 10:00), so messages arrive at a
 *       decent hour rather than when a scan happens to run;</li>
 *   <li>WELCOME and AFTER_VISIT: every {@link #DELAYED_SCAN_EVERY}, an hours-granular delay;</li>
 *   <li>event triggers (zones, points, rewards): none, they fire on their events.</li>
 * </ul>
 * A local time that does not exist (the hour skipped when clocks go forward) runs at the first instant after
 * the gap; a repeated one (clocks go back) runs once, at its first occurrence. Nothing runs at or after
 * endsAt, nor before startsAt.
 */
public final class RunTimes {

    public static final LocalTime DEFAULT_LOCAL_TIME = LocalTime.of(10, 0);
    public static final Duration DELAYED_SCAN_EVERY = Duration.ofMinutes(5);
    /** Far enough to find a monthly run on the 31st or a weekly one on any day. */
    private static final int MAX_DAYS_AHEAD = 366 * 2;

    private RunTimes() {
    }

    /** The first run strictly after {@code after}, or empty when there is none (ran already, past endsAt, event-driven). */
    public static Optional<Instant> next(Campaign campaign, Instant after, ZoneId zone) {
        Instant from = campaign.startsAt() != null && campaign.startsAt().isAfter(after)
                ? campaign.startsAt().minusNanos(1) : after;
        Optional<Instant> next = nextIgnoringEnd(campaign, from, zone);
        return next.filter(at -> campaign.endsAt() == null || at.isBefore(campaign.endsAt()));
    }

    private static Optional<Instant> nextIgnoringEnd(Campaign campaign, Instant after, ZoneId zone) {
        if (campaign.kind() == CampaignKind.ONE_OFF) {
            Instant sendAt = campaign.schedule() == null ? null : campaign.schedule().sendAt();
            if (sendAt == null) {
                return Optional.of(after.plusNanos(1));
            }
            return sendAt.isAfter(after) ? Optional.of(sendAt) : Optional.empty();
        }
        if (campaign.kind() == CampaignKind.RECURRING) {
            return recurring(campaign.schedule(), after, zone);
        }
        TriggerType trigger = campaign.triggerType();
        return switch (trigger) {
            case INACTIVITY, BIRTHDAY -> daily(localTime(campaign.trigger().localTime()), after, zone, day -> true);
            case WELCOME, AFTER_VISIT -> Optional.of(after.plus(DELAYED_SCAN_EVERY));
            default -> Optional.empty();
        };
    }

    private static Optional<Instant> recurring(CampaignSchedule schedule, Instant after, ZoneId zone) {
        LocalTime time = localTime(schedule.localTime());
        return switch (schedule.frequency()) {
            case DAILY -> daily(time, after, zone, day -> true);
            case WEEKLY -> {
                Set<DayOfWeek> days = schedule.days() == null ? Set.of() : schedule.days().stream()
                        .map(RunTimes::dayOfWeek).collect(Collectors.toSet());
                yield daily(time, after, zone, day -> days.contains(day.getDayOfWeek()));
            }
            case MONTHLY -> daily(time, after, zone, day -> day.getDayOfMonth()
                    == Math.min(schedule.dayOfMonth(), day.lengthOfMonth()));
        };
    }

    private static Optional<Instant> daily(LocalTime time, Instant after, ZoneId zone,
            java.util.function.Predicate<LocalDate> runsOn) {
        LocalDate day = after.atZone(zone).toLocalDate().minusDays(1);
        for (int i = 0; i <= MAX_DAYS_AHEAD; i++, day = day.plusDays(1)) {
            if (!runsOn.test(day)) {
                continue;
            }
            // ZonedDateTime.of moves a time in a gap forward by the gap and picks the earlier offset in an overlap.
            Instant at = ZonedDateTime.of(day, time, zone).toInstant();
            if (at.isAfter(after)) {
                return Optional.of(at);
            }
        }
        return Optional.empty();
    }

    /** HH:mm, or the default when null. */
    public static LocalTime localTime(String hhmm) {
        return hhmm == null ? DEFAULT_LOCAL_TIME : LocalTime.parse(hhmm);
    }

    /** MON…SUN (the GraphQL Weekday) to a DayOfWeek. */
    public static DayOfWeek dayOfWeek(String weekday) {
        return switch (weekday.toUpperCase(Locale.ROOT)) {
            case "MON" -> DayOfWeek.MONDAY;
            case "TUE" -> DayOfWeek.TUESDAY;
            case "WED" -> DayOfWeek.WEDNESDAY;
            case "THU" -> DayOfWeek.THURSDAY;
            case "FRI" -> DayOfWeek.FRIDAY;
            case "SAT" -> DayOfWeek.SATURDAY;
            case "SUN" -> DayOfWeek.SUNDAY;
            default -> throw new IllegalArgumentException("not a weekday: " + weekday);
        };
    }
}
