package com.radartracking.geofencing.pings;

import com.radartracking.geofencing.GeofenceTransition;
import com.radartracking.geofencing.LocationPings.DropReason;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Ping evaluation's counters, in Prometheus: {@code radar_geo_pings_accepted_total},
 * {@code radar_geo_pings_dropped_total{reason}}, {@code radar_geo_transitions_total{kind}} and
 * {@code radar_geo_presence_fallback_total{cause}} (presence read from PostgreSQL instead of Redis).
 */
@Component
class GeoMetrics {

    private final Counter accepted;
    private final Map<DropReason, Counter> dropped = new EnumMap<>(DropReason.class);
    private final Map<GeofenceTransition.Kind, Counter> transitions = new EnumMap<>(GeofenceTransition.Kind.class);
    private final Map<PresenceCache.Miss, Counter> fallbacks = new EnumMap<>(PresenceCache.Miss.class);

    GeoMetrics(MeterRegistry registry) {
        accepted = Counter.builder("radar.geo.pings.accepted").description("Pings evaluated").register(registry);
        for (DropReason reason : DropReason.values()) {
            dropped.put(reason, Counter.builder("radar.geo.pings.dropped").description("Pings dropped, not evaluated")
                    .tag("reason", reason.name().toLowerCase(Locale.ROOT)).register(registry));
        }
        for (GeofenceTransition.Kind kind : GeofenceTransition.Kind.values()) {
            transitions.put(kind, Counter.builder("radar.geo.transitions").description("Transitions emitted")
                    .tag("kind", kind.name()).register(registry));
        }
        for (PresenceCache.Miss miss : PresenceCache.Miss.values()) {
            fallbacks.put(miss, Counter.builder("radar.geo.presence.fallback")
                    .description("Presence read from PostgreSQL because Redis had no current copy or failed")
                    .tag("cause", miss.name().toLowerCase(Locale.ROOT)).register(registry));
        }
    }

    void accepted(int count) {
        accepted.increment(count);
    }

    void dropped(Map<DropReason, Integer> counts) {
        counts.forEach((reason, count) -> {
            if (count > 0) {
                dropped.get(reason).increment(count);
            }
        });
    }

    void transition(GeofenceTransition.Kind kind) {
        transitions.get(kind).increment();
    }

    void fallback(PresenceCache.Miss miss) {
        fallbacks.get(miss).increment();
    }
}
