package com.radartracking.locations.geofences;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.support.GraphQlResponse;
import com.radartracking.support.TenantFixture;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every rule of a zone refuses bad input with BAD_USER_INPUT naming the field and a reason (never a 500),
 * and nothing is written: no zone, no activity log entry.
 */
class GeofenceValidationIT extends GeofenceApiTest {

    private static final double LAT = 4.6486;
    private static final double LNG = -74.0628;

    /** A bad input and the field its error must name. */
    private record Bad(Map<String, Object> input, String field, String reason) {
    }

    @Test
    void badCreateInputsAreRefusedWithTheirFieldAndNothingIsWritten() {
        TenantFixture tenant = signUpBusiness("Strict Zone Café");
        String locationId = createLocation(tenant.adminToken(), "Centro", LAT, LNG);
        Map<String, Object> base = Map.of("locationId", locationId, "name", "Zone");
        Map<String, Object> polygon = with(base, "shape", "POLYGON");

        List<Bad> cases = new ArrayList<>();
        cases.add(new Bad(with(base, "radiusMeters", 49), "radiusMeters", "OUT_OF_RANGE"));
        cases.add(new Bad(with(base, "radiusMeters", 5001), "radiusMeters", "OUT_OF_RANGE"));
        cases.add(new Bad(with(base, "center", point(90.5, LNG)), "center.latitude", "LATITUDE_OUT_OF_RANGE"));
        cases.add(new Bad(with(base, "center", point(LAT, -180.01)), "center.longitude", "LONGITUDE_OUT_OF_RANGE"));
        cases.add(new Bad(with(base, "name", " "), "name", "LENGTH"));
        cases.add(new Bad(with(base, "name", "x".repeat(121)), "name", "LENGTH"));
        cases.add(new Bad(with(base, "dwellSeconds", 59), "dwellSeconds", "OUT_OF_RANGE"));
        cases.add(new Bad(with(base, "dwellSeconds", 86_401), "dwellSeconds", "OUT_OF_RANGE"));
        cases.add(new Bad(with(base, "cooldownSeconds", -1), "cooldownSeconds", "OUT_OF_RANGE"));
        cases.add(new Bad(with(base, "cooldownSeconds", 31_536_001), "cooldownSeconds", "OUT_OF_RANGE"));
        cases.add(new Bad(with(base, "polygon", square(LAT, LNG, 50)), "polygon", "NOT_A_POLYGON"));
        cases.add(new Bad(with(base, "holes", List.of(square(LAT, LNG, 5))), "holes", "NOT_A_POLYGON"));
        cases.add(new Bad(polygon, "polygon", "POLYGON_REQUIRED"));
        cases.add(new Bad(with(polygon, "polygon", square(LAT, LNG, 50).subList(0, 2)), "polygon", "VERTEX_COUNT"));
        cases.add(new Bad(with(polygon, "polygon", regular(LAT, LNG, 1000, 501)), "polygon", "VERTEX_COUNT"));
        List<Map<String, Object>> repeated = new ArrayList<>(square(LAT, LNG, 50));
        repeated.add(1, repeated.get(2));
        cases.add(new Bad(with(polygon, "polygon", repeated), "polygon", "DUPLICATE_VERTEX"));
        List<Map<String, Object>> corners = square(LAT, LNG, 50);
        cases.add(new Bad(with(polygon, "polygon", List.of(corners.get(0), corners.get(2), corners.get(1),
                corners.get(3))), "polygon", "SELF_INTERSECTION"));
        cases.add(new Bad(with(polygon, "polygon", List.of(point(LAT, LNG), point(LAT + 0.001, LNG),
                point(LAT + 0.002, LNG))), "polygon", null));
        cases.add(new Bad(with(polygon, "polygon", square(LAT, LNG, 50), "holes",
                List.of(square(LAT + 0.01, LNG, 10))), "holes", "HOLE_OUTSIDE_SHELL"));
        cases.add(new Bad(with(polygon, "polygon", square(LAT, LNG, 50), "holes",
                List.of(square(LAT, LNG + 0.0004, 20))), "holes", null));
        cases.add(new Bad(with(polygon, "polygon", square(LAT, LNG, 4000)), "polygon", "TOO_LARGE"));
        cases.add(new Bad(with(polygon, "polygon", List.of(point(LAT, LNG), point(95, LNG), point(LAT, LNG + 0.01))),
                "polygon[1].latitude", "LATITUDE_OUT_OF_RANGE"));
        cases.add(new Bad(with(base, "schedule", List.of(window(List.of(), "08:00", "20:00"))), "schedule[0].days",
                "NO_DAYS"));
        cases.add(new Bad(with(base, "schedule", List.of(window(List.of("MON"), "24:00", "20:00"))),
                "schedule[0].from", "INVALID_TIME"));
        cases.add(new Bad(with(base, "schedule", List.of(window(List.of("MON"), "08:00", "8:30"))),
                "schedule[0].to", "INVALID_TIME"));
        cases.add(new Bad(with(base, "schedule", List.of(window(List.of("MON"), "08:00", "08:00"))),
                "schedule[0].to", "EMPTY_WINDOW"));
        cases.add(new Bad(with(base, "pushMessage", message("", "Body")), "pushMessage.title", "EMPTY"));
        cases.add(new Bad(with(base, "pushMessage", message("x".repeat(201), "Body")), "pushMessage.title",
                "TOO_LONG"));
        cases.add(new Bad(with(base, "pushMessage", message("Hi", "x".repeat(2001))), "pushMessage.body", "TOO_LONG"));
        cases.add(new Bad(with(base, "pushMessage", message("Hi {{nickname}}", "Body")), "pushMessage.title",
                "UNKNOWN_PLACEHOLDER"));
        cases.add(new Bad(with(base, "pushMessage", with(message("Hi", "Body"), "imageUrl", "http://img.example/a.png")),
                "pushMessage.imageUrl", "NOT_HTTPS"));
        cases.add(new Bad(with(base, "pushMessage", with(message("Hi", "Body"), "data",
                List.of(Map.of("key", "google.x", "value", "1")))), "pushMessage.data", "RESERVED_KEY"));
        cases.add(new Bad(with(base, "pushMessage", with(message("Hi", "Body"), "data",
                List.of(Map.of("key", "a", "value", "1"), Map.of("key", "a", "value", "2")))), "pushMessage.data",
                "DUPLICATE_KEY"));
        cases.add(new Bad(with(base, "pushMessage", message("{{displayName}}", "€".repeat(1400))), "pushMessage",
                "PAYLOAD_TOO_LARGE"));

        for (Bad bad : cases) {
            GraphQlResponse response = createGeofenceResponse(tenant.adminToken(), bad.input());
            assertThat(response.status()).as("HTTP status for %s", bad).isLessThan(500);
            response.failsWith("BAD_USER_INPUT");
            JsonNode extensions = response.firstError().path("extensions");
            assertThat(extensions.path("field").asString()).as("field of %s", response.body()).isEqualTo(bad.field());
            if (bad.reason() != null) {
                assertThat(extensions.path("reason").asString()).as("reason of %s", response.body())
                        .isEqualTo(bad.reason());
            }
            assertThat(response.firstError().path("message").asString()).isNotBlank();
        }
        assertThat(countRows(tenant.businessId(), "select count(*) from geofences")).isZero();
        assertThat(countRows(tenant.businessId(),
                "select count(*) from activity_logs where entity_type = 'Geofence'")).isZero();
    }

    @Test
    void badUpdatesChangeNothing() {
        TenantFixture tenant = signUpBusiness("Strict Update Café");
        String locationId = createLocation(tenant.adminToken(), "Centro", LAT, LNG);
        String id = createGeofenceResponse(tenant.adminToken(), Map.of("locationId", locationId, "name", "Door",
                "pushMessage", message("Hi", "Come"))).ok().text("createGeofence.id");
        String before = zone(tenant, id);

        updateGeofenceResponse(tenant.adminToken(), id, Map.of("radiusMeters", 10)).failsWith("BAD_USER_INPUT");
        updateGeofenceResponse(tenant.adminToken(), id, Map.of("name", "")).failsWith("BAD_USER_INPUT");
        updateGeofenceResponse(tenant.adminToken(), id, Map.of("shape", "POLYGON")).failsWith("BAD_USER_INPUT");
        updateGeofenceResponse(tenant.adminToken(), id, Map.of("pushMessage", message("New", "Body"),
                "clearPushMessage", true)).failsWith("BAD_USER_INPUT");
        updateGeofenceResponse(tenant.adminToken(), id, Map.of("name", "Renamed", "cooldownSeconds", -5))
                .failsWith("BAD_USER_INPUT");

        assertThat(zone(tenant, id)).isEqualTo(before);
        assertThat(countRows(tenant.businessId(),
                "select count(*) from activity_logs where action = 'geofence.updated'")).isZero();
    }

    @Test
    void anUnknownLocationIsNotFound() {
        TenantFixture tenant = signUpBusiness("Lost Zone Café");
        createGeofenceResponse(tenant.adminToken(), Map.of("locationId", java.util.UUID.randomUUID().toString(),
                "name", "Nowhere")).failsWith("NOT_FOUND");
        createGeofenceResponse(tenant.adminToken(), Map.of("locationId", "not-an-id", "name", "Nowhere"))
                .failsWith("NOT_FOUND");
    }

    private String zone(TenantFixture tenant, String id) {
        return graphQl.execute(tenant.adminToken(), "query($id: ID!) { geofence(id: $id) { " + ZONE_FIELDS + " } }",
                Map.of("id", id)).ok().data("geofence").toString();
    }

    private static Map<String, Object> window(List<String> days, String from, String to) {
        return Map.of("days", days, "from", from, "to", to);
    }

    private static Map<String, Object> message(String title, String body) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("title", title);
        message.put("body", body);
        return message;
    }
}
