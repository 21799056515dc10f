package com.radartracking.geofencing;

import java.time.Instant;
import java.util.UUID;

/**
 * A customer's device entered, left or dwelt in a zone. Published inside the transaction that stores the
 * {@code geo_events} row, like {@code VisitRecorded}: a synchronous {@code @EventListener} (GeoPush) joins
 * that transaction, so the event and the push it decides commit together or not at all;
 * {@code @TransactionalEventListener}s see it only once committed.
 *
 * @param eventId    the {@code geo_events} row
 * @param deviceKey  the app's device id, {@code ""} when the app sent none
 * @param occurredAt device time of the ping that decided it
 */
public record GeofenceTransition(UUID businessId, UUID eventId, UUID geofenceId, UUID locationId, UUID customerId,
        String deviceKey, Kind kind, Instant occurredAt) {

    public enum Kind {
        ENTER, EXIT, DWELL
    }
}
