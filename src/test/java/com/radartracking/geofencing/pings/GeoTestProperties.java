package com.radartracking.geofencing.pings;

import java.time.Duration;
import java.time.Period;

/** The production defaults of {@code radar.geo.*}, for unit tests. */
final class GeoTestProperties {

    static final GeoProperties DEFAULTS = new GeoProperties(Duration.ofMinutes(10), Duration.ofMinutes(2), 1000, 20,
            0.1, 5000, Duration.ofDays(7), Duration.ofSeconds(5), 120, Duration.ofSeconds(5),
            new GeoProperties.Events(Period.ofMonths(13), 3));

    private GeoTestProperties() {
    }
}
