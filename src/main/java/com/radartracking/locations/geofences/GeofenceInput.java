package com.radartracking.locations.geofences;

import com.radartracking.locations.geofences.GeofencePolygons.Vertex;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code CreateGeofenceInput} or {@code UpdateGeofenceInput} as given: every field may be null (on update,
 * null means "unchanged"). {@code given} names the fields the client sent, for the activity log.
 */
record GeofenceInput(String name, String shape, Vertex center, Integer radiusMeters, List<Vertex> polygon,
        List<List<Vertex>> holes, Boolean active, String pushTrigger, Integer dwellSeconds,
        Map<String, Object> pushMessage, boolean clearPushMessage, Integer cooldownSeconds,
        List<Map<String, Object>> schedule, Set<String> given) {

    /** From the GraphQL input map (DGS hands enums as names and Float as Double). */
    @SuppressWarnings("unchecked")
    static GeofenceInput from(Map<String, Object> input) {
        Set<String> given = new LinkedHashSet<>();
        input.forEach((key, value) -> {
            if (value != null && !"locationId".equals(key)) {
                given.add(key);
            }
        });
        List<List<Object>> holes = (List<List<Object>>) input.get("holes");
        return new GeofenceInput((String) input.get("name"), (String) input.get("shape"),
                vertex(input.get("center")), (Integer) input.get("radiusMeters"),
                vertices((List<Object>) input.get("polygon")),
                holes == null ? null : holes.stream().map(GeofenceInput::vertices).toList(),
                (Boolean) input.get("active"), (String) input.get("pushTrigger"), (Integer) input.get("dwellSeconds"),
                (Map<String, Object>) input.get("pushMessage"), Boolean.TRUE.equals(input.get("clearPushMessage")),
                (Integer) input.get("cooldownSeconds"), (List<Map<String, Object>>) input.get("schedule"), given);
    }

    private static List<Vertex> vertices(List<Object> points) {
        if (points == null) {
            return null;
        }
        List<Vertex> vertices = new ArrayList<>(points.size());
        points.forEach(point -> vertices.add(vertex(point)));
        return vertices;
    }

    @SuppressWarnings("unchecked")
    private static Vertex vertex(Object point) {
        if (point == null) {
            return null;
        }
        Map<String, Object> map = (Map<String, Object>) point;
        return new Vertex(number(map.get("latitude")), number(map.get("longitude")));
    }

    private static Double number(Object value) {
        return value instanceof Number number ? number.doubleValue() : null;
    }
}
