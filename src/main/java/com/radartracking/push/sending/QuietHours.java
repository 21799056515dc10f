package com.radartracking.push.sending;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * A business's quiet hours, local times in its time zone; {@code start > end} spans midnight (22:00 to
 * 07:00). A message due inside them is held back until their end, never dropped. The fan-out SQL uses
 * the database function {@code push_quiet_release}, which computes the same (QuietHoursSqlIT).
 */
record QuietHours(LocalTime start, LocalTime end, ZoneId zone) {

    boolean isQuiet(Instant at) {
        if (start.equals(end)) {
            return false;
        }
        LocalTime local = at.atZone(zone).toLocalTime();
        return start.isBefore(end)
                ? !local.isBefore(start) && local.isBefore(end)
                : !local.isBefore(start) || local.isBefore(end);
    }

    /** {@code at} itself outside quiet hours, else the moment they end (DST gaps shift forward). */
    Instant release(Instant at) {
        if (!isQuiet(at)) {
            return at;
        }
        LocalDateTime local = at.atZone(zone).toLocalDateTime();
        boolean endsTomorrow = start.isAfter(end) && !local.toLocalTime().isBefore(start);
        LocalDateTime end = local.toLocalDate().plusDays(endsTomorrow ? 1 : 0).atTime(this.end);
        return ZonedDateTime.of(end, zone).toInstant();
    }
}
