package com.radartracking.geofencing.pings;

import com.radartracking.geofencing.GeofenceTransition;
import com.radartracking.geofencing.GeofencingException;
import com.radartracking.geofencing.LocationPings;
import com.radartracking.platform.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Evaluates a request's pings in one transaction, under the customer's business (RLS) and the device's
 * advisory lock: filter (drops counted), read presence (Redis if current, else PostgreSQL), read every
 * accepted ping against the zones in one statement, diff ({@link TransitionRules}), then store the last
 * ping, the presence and the events, and publish each event inside the transaction. The new presence is
 * cached in Redis once the transaction has committed.
 */
@Service
class PingEvaluator implements LocationPings {

    private final LocationConsent consent;
    private final PresenceStore store;
    private final PresenceCache cache;
    private final ZoneLookup zones;
    private final GeoEventStore events;
    private final ApplicationEventPublisher publisher;
    private final GeoMetrics metrics;
    private final PingFilter filter;
    private final Clock clock;

    PingEvaluator(LocationConsent consent, PresenceStore store, PresenceCache cache, ZoneLookup zones,
            GeoEventStore events, ApplicationEventPublisher publisher, GeoMetrics metrics, GeoProperties properties,
            Clock clock) {
        this.consent = consent;
        this.store = store;
        this.cache = cache;
        this.zones = zones;
        this.events = events;
        this.publisher = publisher;
        this.metrics = metrics;
        this.filter = new PingFilter(properties);
        this.clock = clock;
    }

    @Override
    @Transactional
    public Outcome evaluate(UUID customerId, String deviceKey, List<Ping> pings) {
        if (!consent.granted(customerId)) {
            throw GeofencingException.locationConsentRequired();
        }
        DeviceKey device = new DeviceKey(TenantContext.require(), customerId, deviceKey == null ? "" : deviceKey);
        store.lock(device);
        Instant lastPingAt = store.lastPingAt(device);
        PingFilter.Filtered filtered = filter.apply(pings, clock.instant(), lastPingAt);
        metrics.dropped(filtered.dropped());
        if (filtered.accepted().isEmpty()) {
            return new Outcome(0, filtered.dropped(), List.of());
        }
        metrics.accepted(filtered.accepted().size());
        Map<UUID, Presence> before = presence(device, lastPingAt);
        Map<UUID, Presence> presence = new HashMap<>(before);
        List<TransitionRules.Decided> decided = decide(device, filtered.accepted(), presence);

        store.saveLastPing(device, filtered.accepted().getLast());
        store.savePresence(device, before, presence);
        List<Transition> transitions = new ArrayList<>();
        if (!decided.isEmpty()) {
            for (GeofenceTransition event : events.insert(device, decided)) {
                metrics.transition(event.kind());
                publisher.publishEvent(event);
                transitions.add(new Transition(event.kind(), event.geofenceId(), event.occurredAt()));
            }
        }
        Instant newLast = filtered.lastAcceptedAt();
        Map<UUID, Presence> cached = Map.copyOf(presence);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                cache.put(device, newLast, cached);
            }
        });
        return new Outcome(filtered.accepted().size(), filtered.dropped(), transitions);
    }

    private Map<UUID, Presence> presence(DeviceKey device, Instant lastPingAt) {
        if (lastPingAt == null) {
            return new HashMap<>();
        }
        PresenceCache.Lookup cached = cache.get(device, lastPingAt);
        if (cached.presence().isPresent()) {
            return cached.presence().get();
        }
        metrics.fallback(cached.miss());
        return store.presence(device);
    }

    /** Reads every ping (in device-time order) against the zones and applies the rules ping by ping. */
    private List<TransitionRules.Decided> decide(DeviceKey device, List<Ping> accepted, Map<UUID, Presence> presence) {
        List<List<ZoneReading>> near = zones.near(device.businessId(), accepted);
        // Every live zone seen by some ping of the batch, as it would read from far away: a stay entered at
        // one ping and not near the next one must end with EXIT, not vanish as if the zone were gone.
        Map<UUID, ZoneReading> live = new HashMap<>();
        near.forEach(readings -> readings.forEach(reading -> live.putIfAbsent(reading.zoneId(),
                ZoneReading.far(reading.zoneId(), reading.locationId(), reading.radiusMeters(), reading.dwellSeconds()))));
        Set<UUID> unseen = new HashSet<>(presence.keySet());
        unseen.removeAll(live.keySet());
        if (!unseen.isEmpty()) {
            live.putAll(zones.farAway(device.businessId(), unseen));
        }
        List<TransitionRules.Decided> decided = new ArrayList<>();
        for (int i = 0; i < accepted.size(); i++) {
            List<ZoneReading> readings = new ArrayList<>(near.get(i));
            Set<UUID> read = new HashSet<>();
            readings.forEach(reading -> read.add(reading.zoneId()));
            for (UUID zone : List.copyOf(presence.keySet())) {
                if (!read.contains(zone)) {
                    readings.add(live.getOrDefault(zone, ZoneReading.gone(zone)));
                }
            }
            decided.addAll(TransitionRules.apply(accepted.get(i), readings, presence));
        }
        return decided;
    }
}
