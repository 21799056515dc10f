package com.radartracking.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo's zones, through the public API like the rest of the demo: a 150 m circle around Chapinero whose
 * GeoPush offers double points on weekday mornings, and a polygon over the plaza next to Usaquén that greets
 * customers who stay five minutes. Idempotent: zones are found by name.
 */
final class DemoGeofences {

    private DemoGeofences() {
    }

    /** Creates the missing zones; {@code locationIds} in the seeder's order (Chapinero, Usaquén, ...). */
    @SuppressWarnings("unchecked")
    static void ensureZones(DemoGraphQlClient client, String token, List<String> locationIds) {
        Map<String, Object> page = client.call(token, "{ geofences(first: 100) { edges { node { name } } } }",
                Map.of(), "geofences");
        Set<String> existing = new HashSet<>();
        ((List<Map<String, Object>>) page.get("edges"))
                .forEach(edge -> existing.add((String) ((Map<String, Object>) edge.get("node")).get("name")));
        if (!existing.contains("Chapinero: a la vuelta")) {
            create(client, token, Map.of("locationId", locationIds.get(0), "name", "Chapinero: a la vuelta",
                    "radiusMeters", 150, "cooldownSeconds", 86_400,
                    "pushMessage", Map.of("title", "{{firstName}}, ¡puntos dobles hoy!",
                            "body", "Estás a una cuadra de Café Demo Chapinero: tu café de la mañana suma el doble."),
                    "schedule", List.of(Map.of("days", List.of("MON", "TUE", "WED", "THU", "FRI"),
                            "from", "06:30", "to", "11:00"))));
        }
        if (!existing.contains("Parque de Usaquén")) {
            create(client, token, Map.of("locationId", locationIds.get(1), "name", "Parque de Usaquén",
                    "shape", "POLYGON", "pushTrigger", "DWELL", "dwellSeconds", 300,
                    "polygon", List.of(point(4.6948, -74.0318), point(4.6948, -74.0302), point(4.6960, -74.0302),
                            point(4.6960, -74.0318)),
                    "pushMessage", Map.of("title", "¿Un descanso en el parque?",
                            "body", "Pasa por Café Demo Usaquén, a pasos de ti: te guardamos una mesa.")));
        }
    }

    private static void create(DemoGraphQlClient client, String token, Map<String, Object> input) {
        client.call(token, "mutation($input: CreateGeofenceInput!) { createGeofence(input: $input) { id } }",
                Map.of("input", input), "createGeofence");
    }

    private static Map<String, Object> point(double latitude, double longitude) {
        return Map.of("latitude", latitude, "longitude", longitude);
    }
}
