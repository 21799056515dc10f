package com.radartracking.geofencing.pings;

import com.radartracking.geofencing.LocationPings.DropReason;
import com.radartracking.geofencing.LocationPings.Ping;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which pings of a request are evaluated. They are sorted by device time first (an app may batch
 * them in any order), then each is dropped as FUTURE, STALE, INACCURATE or OUT_OF_ORDER (not newer than
 * the last accepted one: the device's stored last ping or an earlier ping of this batch, so a re-sent
 * batch changes nothing). Times are cut to microseconds, PostgreSQL's precision, so "newer than" means
 * the same here and in {@code geo_devices}.
 */
final class PingFilter {

    private final GeoProperties properties;

    PingFilter(GeoProperties properties) {
        this.properties = properties;
    }

    /** Accepted pings in device-time order, and the count of each drop reason. */
    record Filtered(List<Ping> accepted, Map<DropReason, Integer> dropped) {

        Instant lastAcceptedAt() {
            return accepted.isEmpty() ? null : accepted.getLast().recordedAt();
        }
    }

    Filtered apply(List<Ping> pings, Instant now, Instant lastAcceptedAt) {
        List<Ping> sorted = pings.stream()
                .map(ping -> new Ping(ping.latitude(), ping.longitude(), ping.accuracyMeters(),
                        ping.recordedAt().truncatedTo(ChronoUnit.MICROS), ping.speed()))
                .sorted(Comparator.comparing(Ping::recordedAt)).toList();
        Instant latestAllowed = now.plus(properties.maxFutureSkew());
        Instant oldestAllowed = now.minus(properties.maxPingAge());
        Map<DropReason, Integer> dropped = new EnumMap<>(DropReason.class);
        for (DropReason reason : DropReason.values()) {
            dropped.put(reason, 0);
        }
        List<Ping> accepted = new ArrayList<>();
        Instant last = lastAcceptedAt;
        for (Ping ping : sorted) {
            DropReason reason = reasonToDrop(ping, latestAllowed, oldestAllowed, last);
            if (reason != null) {
                dropped.merge(reason, 1, Integer::sum);
            } else {
                accepted.add(ping);
                last = ping.recordedAt();
            }
        }
        return new Filtered(List.copyOf(accepted), dropped);
    }

    private DropReason reasonToDrop(Ping ping, Instant latestAllowed, Instant oldestAllowed, Instant last) {
        if (ping.recordedAt().isAfter(latestAllowed)) {
            return DropReason.FUTURE;
        }
        if (ping.recordedAt().isBefore(oldestAllowed)) {
            return DropReason.STALE;
        }
        if (ping.accuracyMeters() > properties.maxAccuracyMeters()) {
            return DropReason.INACCURATE;
        }
        if (last != null && !ping.recordedAt().isAfter(last)) {
            return DropReason.OUT_OF_ORDER;
        }
        return null;
    }
}
