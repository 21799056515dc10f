package com.radartracking.locations;

import java.time.Instant;

/** The GraphQL {@code Location} type. */
public record LocationView(String id, String name, String address, String timeZone, GeoPoint point,
        boolean active, Instant createdAt, Instant updatedAt) {

    /** The GraphQL {@code GeoPoint} type. */
    public record GeoPoint(double latitude, double longitude) {
    }

    static LocationView of(Location location) {
        return new LocationView(location.id().toString(), location.name(), location.address(),
                location.timeZone(), new GeoPoint(location.point().getY(), location.point().getX()),
                location.active(), location.createdAt(), location.updatedAt());
    }
}
