package com.radartracking.geofencing.events;

import java.time.Instant;
import java.util.List;

/** The GraphQL {@code GeofenceActivity}: one zone's figures over [from, to). */
record GeofenceActivity(Instant from, Instant to, int entries, int exits, int dwells, int uniqueCustomers,
        int geoPushesSent, int geoPushesCooldown, int geoPushesOutsideSchedule, int visitsAfter,
        int visitWindowHours, List<Day> byDay) {

    /** The GraphQL {@code GeofenceDayActivity}; {@code day} is YYYY-MM-DD in the business's time zone. */
    record Day(String day, int entries, int geoPushesSent, int visitsAfter) {
    }
}
