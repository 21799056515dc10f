package com.radartracking.geofencing.geopush;

import com.radartracking.geofencing.GeofenceTransition;
import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.push.TriggeredPushes;
import com.radartracking.push.TriggeredPushes.TriggeredPush;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * GeoPush: a zone's message to the customer who entered it (or dwelt in it, per zone), decided inside the
 * transaction that stores the ping's event, so the decision, its geo_pushes row and the notification rows
 * commit with the event or not at all (outbox). In order: the zone's schedule, the cooldown (claimed
 * atomically, so racing pings never both send), then the push pipeline, whose own checks (consent,
 * devices, quiet hours, frequency cap) are recorded as its skips and holds.
 *
 * <p>Never throws for business reasons: a refused message or an unexpected error is undone back to a
 * savepoint, logged and counted, and the ping's event still commits. Only a missing transaction or tenant
 * (a publisher's bug) or a failing database (the undo itself fails) propagate.
 */
@Component
class GeoPushListener {

    private static final Logger log = LoggerFactory.getLogger(GeoPushListener.class);

    private final GeoPushZones zones;
    private final GeoPushCooldowns cooldowns;
    private final GeoPushRecords records;
    private final TriggeredPushes pushes;
    private final DecisionSavepoint savepoint;
    private final GeoPushMetrics metrics;
    private final Clock clock;

    GeoPushListener(GeoPushZones zones, GeoPushCooldowns cooldowns, GeoPushRecords records, TriggeredPushes pushes,
            DecisionSavepoint savepoint, GeoPushMetrics metrics, Clock clock) {
        this.zones = zones;
        this.cooldowns = cooldowns;
        this.records = records;
        this.pushes = pushes;
        this.savepoint = savepoint;
        this.metrics = metrics;
        this.clock = clock;
    }

    @EventListener
    void on(GeofenceTransition event) {
        if (event.kind() == GeofenceTransition.Kind.EXIT) {
            return;
        }
        requirePublishersContext(event);
        Optional<GeoPushZone> zone = zones.firing(event.geofenceId(), event.kind());
        if (zone.isEmpty()) {
            return;
        }
        savepoint.set();
        GeoPushMetrics.Outcome outcome;
        try {
            outcome = decide(event, zone.get());
        } catch (RuntimeException e) {
            log.error("GeoPush of zone {} for event {} failed; undone, the event is kept", event.geofenceId(),
                    event.eventId(), e);
            outcome = GeoPushMetrics.Outcome.FAILED;
        }
        if (outcome == GeoPushMetrics.Outcome.REJECTED || outcome == GeoPushMetrics.Outcome.FAILED) {
            savepoint.undo();
        } else {
            savepoint.release();
        }
        metrics.countOnCommit(outcome);
    }

    private GeoPushMetrics.Outcome decide(GeofenceTransition event, GeoPushZone zone) {
        TriggeredPush push = new TriggeredPush(TriggeredPushes.Source.GEOFENCE, zone.id(), event.customerId(),
                zone.title(), zone.body(), zone.imageUrl(), zone.deepLink(), zone.data());
        // The schedule is about when the customer was there: the ping's device time (stale pings never get
        // here, so it is within minutes of now), which also makes the decision a function of the event.
        if (!zone.schedule().isOpen(event.occurredAt(), zone.timeZone())) {
            UUID sendId = pushes.recordSkip(push, TriggeredPushes.SkipReason.OUTSIDE_SCHEDULE);
            records.record(event, GeoPushRecords.Outcome.OUTSIDE_SCHEDULE, sendId);
            return GeoPushMetrics.Outcome.OUTSIDE_SCHEDULE;
        }
        // The cooldown runs on the server's clock: devices' clocks disagree, the claim must not.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (!cooldowns.claim(zone.id(), event.customerId(), zone.cooldown(), now)) {
            UUID sendId = pushes.recordSkip(push, TriggeredPushes.SkipReason.COOLDOWN);
            records.record(event, GeoPushRecords.Outcome.COOLDOWN, sendId);
            return GeoPushMetrics.Outcome.COOLDOWN;
        }
        TriggeredPushes.Result result = pushes.send(push);
        if (result.status() == TriggeredPushes.Status.REJECTED) {
            log.warn("GeoPush of zone {} refused by the push pipeline for customer {}: {}", zone.id(),
                    event.customerId(), result.reason());
            return GeoPushMetrics.Outcome.REJECTED;
        }
        records.record(event, GeoPushRecords.Outcome.SENT, result.sendId());
        return GeoPushMetrics.Outcome.SENT;
    }

    /**
     * The publisher stores the event in its transaction under the event's business; GeoPush writes there
     * too (row-level security checks every row against that tenant), so anything else is a bug upstream.
     */
    private static void requirePublishersContext(GeofenceTransition event) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("GeofenceTransition must be published inside the event's transaction");
        }
        UUID tenant = TenantContext.current().orElse(null);
        if (!event.businessId().equals(tenant)) {
            throw new IllegalStateException("GeofenceTransition of business " + event.businessId()
                    + " published under tenant " + tenant);
        }
    }
}
