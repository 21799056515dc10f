package com.radartracking.geofencing.geopush;

import com.radartracking.geofencing.GeofenceTransition;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A live zone with a GeoPush message, as the decision needs it: what fires it, the message as written,
 * its cooldown and schedule, and the business's time zone the schedule is read in. The JSON columns and
 * the zone id are kept as read and interpreted inside the decision, where a surprise is undone, not fatal.
 */
record GeoPushZone(UUID id, GeofenceTransition.Kind trigger, String title, String body, String imageUrl,
        String deepLink, String dataJson, Duration cooldown, String scheduleJson, String timeZoneId) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    GeoPushSchedule schedule() {
        return GeoPushSchedule.parse(scheduleJson);
    }

    ZoneId timeZone() {
        return ZoneId.of(timeZoneId);
    }

    /** push_data is a JSON object of strings; any other value is sent as its JSON text. */
    Map<String, String> data() {
        if (dataJson == null) {
            return Map.of();
        }
        Map<String, Object> raw = JSON.readValue(dataJson, new TypeReference<LinkedHashMap<String, Object>>() { });
        Map<String, String> data = new LinkedHashMap<>();
        raw.forEach((key, value) -> data.put(key, value instanceof String text ? text : JSON.writeValueAsString(value)));
        return data;
    }
}
