package com.radartracking.campaigns.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.List;

/**
 * The reasons (occurrences) a time-triggered or scheduled campaign reaches a customer for, and the local
 * dates they depend on. Pure, so the engine and its tests agree. Dates are those of the run's
 * <em>scheduled</em> time (the campaign's next_run_at) in the business's time zone, not of the moment the
 * scheduler got to it: a run resumed after a crash, or late after midnight, keeps its occurrence, so the
 * unique (campaign, customer, occurrence) key still stops a second message.
 */
public final class Occurrences {

    /** A ONE_OFF campaign reaches each customer once. */
    public static final String ONCE = "once";
    /** A WELCOME campaign greets each customer once, ever. */
    public static final String WELCOME = "welcome";

    private Occurrences() {
    }

    /** The business's local date of the run scheduled at {@code scheduledAt}. */
    public static LocalDate localDate(Instant scheduledAt, ZoneId zone) {
        return scheduledAt.atZone(zone).toLocalDate();
    }

    /** A RECURRING campaign's run: {@code run:2026-11-30} (its local date; at most one run a day). */
    public static String recurring(Instant scheduledAt, ZoneId zone) {
        return "run:" + localDate(scheduledAt, zone);
    }

    /** A BIRTHDAY campaign's occurrence on {@code today}: {@code birthday:2026} (once a year). */
    public static String birthday(LocalDate today) {
        return "birthday:" + today.getYear();
    }

    /**
     * The birthday days of month celebrated on {@code today}: the day itself, plus 29 on 28 February of a
     * year without a 29 February (those customers are greeted on the 28th).
     */
    public static List<Integer> birthdayDays(LocalDate today) {
        if (today.getMonth() == Month.FEBRUARY && today.getDayOfMonth() == 28 && !today.isLeapYear()) {
            return List.of(28, 29);
        }
        return List.of(today.getDayOfMonth());
    }

    /**
     * {@link #birthdayDays} as values of the customers' {@code birthday_md} column (month * 100 + day): 228 and
     * 229 on 28 February of a year without a 29 February, else the day itself (1231 on 31 December).
     */
    public static List<Integer> birthdayMonthDays(LocalDate today) {
        return birthdayDays(today).stream().map(day -> today.getMonthValue() * 100 + day).toList();
    }

    /**
     * The SQL text of an INACTIVITY occurrence for {@code customers c}: {@code lapse:} and the last visit (or
     * the joining time of a customer who never visited) in UTC with microseconds, a fixed format whatever the
     * session's time zone. A new visit changes it, so the customer can be won back again after the next lapse.
     */
    public static String lapseSql() {
        return "'lapse:' || to_char(coalesce(c.last_visit_at, c.created_at) at time zone 'UTC', "
                + "'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')";
    }

    /** The SQL text of an AFTER_VISIT occurrence for the visit {@code v}: {@code visit:<id>}. */
    public static String visitSql() {
        return "'visit:' || v.id::text";
    }
}
