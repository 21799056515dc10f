package com.radartracking.locations.geofences;

import com.radartracking.locations.LocationView.GeoPoint;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The GraphQL {@code Geofence} type. Carries its business and location ids so child fields (location,
 * activity) resolve through loaders in the right tenant.
 *
 * @param polygon the outer ring without the closing vertex; null for circles
 * @param holes   each hole's ring, like polygon; empty for circles
 */
public record GeofenceView(UUID id, UUID businessId, UUID locationId, String name, String shape, GeoPoint center,
        int radiusMeters, List<GeoPoint> polygon, List<List<GeoPoint>> holes, boolean active, String pushTrigger,
        int dwellSeconds, GeoPushMessage pushMessage, int cooldownSeconds, List<ScheduleWindow> schedule,
        Instant createdAt, Instant updatedAt) {

    /** The GraphQL {@code GeoPushMessage}: the zone's message as written (placeholders unfilled). */
    public record GeoPushMessage(String title, String body, String imageUrl, String deepLink,
            Map<String, String> dataMap) {

        /** The GraphQL {@code [PushDataEntry!]!}. */
        public List<DataEntry> data() {
            return dataMap.entrySet().stream().map(entry -> new DataEntry(entry.getKey(), entry.getValue())).toList();
        }
    }

    public record DataEntry(String key, String value) {
    }

    /** The GraphQL {@code GeofenceScheduleWindow}: days and HH:mm times in the business's time zone. */
    public record ScheduleWindow(List<String> days, String from, String to) {
    }
}
