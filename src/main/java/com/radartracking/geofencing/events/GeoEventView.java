package com.radartracking.geofencing.events;

import com.radartracking.locations.LocationView.GeoPoint;
import java.time.Instant;
import java.util.UUID;

/** The GraphQL {@code GeoEvent}; its zone, location and customer resolve through data loaders. */
record GeoEventView(UUID id, UUID businessId, String kind, UUID geofenceId, UUID locationId, UUID customerId,
        GeoPoint point, Double accuracyMeters, Instant occurredAt, Instant recordedAt) {
}
