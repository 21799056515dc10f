package com.radartracking.geofencing.events;

import com.radartracking.platform.errors.DomainException;
import java.time.Duration;
import java.time.Instant;

/**
 * The arguments of {@code Geofence.activity}, checked and defaulted: the last 30 days up to now, a 24-hour
 * visit window; at most 366 days (the per-day series stays bounded), a window of 1 to 168 hours.
 */
record ActivityPeriod(Instant from, Instant to, int visitWindowHours) {

    static final Duration DEFAULT_SPAN = Duration.ofDays(30);
    static final Duration MAX_SPAN = Duration.ofDays(366);
    static final int MIN_WINDOW = 1;
    static final int MAX_WINDOW = 168;

    static ActivityPeriod of(Instant from, Instant to, Integer visitWindowHours, Instant now) {
        int window = visitWindowHours == null ? 24 : visitWindowHours;
        if (window < MIN_WINDOW || window > MAX_WINDOW) {
            throw DomainException.badInput("visitWindowHours",
                    "visitWindowHours must be between " + MIN_WINDOW + " and " + MAX_WINDOW);
        }
        Instant end = to != null ? to : now;
        Instant start = from != null ? from : end.minus(DEFAULT_SPAN);
        if (!start.isBefore(end)) {
            throw DomainException.badInput("to", "'to' must be after 'from'");
        }
        if (Duration.between(start, end).compareTo(MAX_SPAN) > 0) {
            throw DomainException.badInput("from", "The period can span at most 366 days");
        }
        return new ActivityPeriod(start, end, window);
    }
}
