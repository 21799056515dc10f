package com.radartracking.geofencing.pings;

import java.util.UUID;

/**
 * Where one ping stands relative to one zone, as the lookup computed it: {@code inside} (within the
 * radius, or covered by the polygon: a hole is outside) and {@code beyondExit} (farther than radius plus
 * the hysteresis buffer, or farther than the buffer from the polygon). Neither = the hysteresis band.
 * {@code gone} marks a zone the device was in that is no longer live (deactivated or deleted).
 */
record ZoneReading(UUID zoneId, UUID locationId, int radiusMeters, int dwellSeconds, boolean inside,
        boolean beyondExit, boolean gone) {

    static ZoneReading near(UUID zoneId, UUID locationId, int radiusMeters, int dwellSeconds, boolean inside,
            boolean beyondExit) {
        return new ZoneReading(zoneId, locationId, radiusMeters, dwellSeconds, inside, beyondExit, false);
    }

    /** A live zone the device is in but the ping is not near: beyond its exit distance. */
    static ZoneReading far(UUID zoneId, UUID locationId, int radiusMeters, int dwellSeconds) {
        return new ZoneReading(zoneId, locationId, radiusMeters, dwellSeconds, false, true, false);
    }

    static ZoneReading gone(UUID zoneId) {
        return new ZoneReading(zoneId, null, 0, 0, false, true, true);
    }
}
