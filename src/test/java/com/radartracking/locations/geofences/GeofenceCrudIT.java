package com.radartracking.locations.geofences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.radartracking.support.GraphQlResponse;
import com.radartracking.support.TenantFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Geofence CRUD through GraphQL: defaults, circles and polygons, partial updates, soft delete, lists, the log. */
class GeofenceCrudIT extends GeofenceApiTest {

    private static final double LAT = 4.6486;
    private static final double LNG = -74.0628;

    @Test
    void aCircleDefaultsToTheLocationsPointAndTheDocumentedSettings() {
        TenantFixture tenant = signUpBusiness("Zone Café");
        String locationId = createLocation(tenant.adminToken(), "Chapinero", LAT, LNG);

        JsonNode zone = createGeofenceResponse(tenant.adminToken(), Map.of("locationId", locationId, "name", "  Door  "))
                .ok().data("createGeofence");

        assertThat(zone.path("name").asString()).isEqualTo("Door");
        assertThat(zone.path("shape").asString()).isEqualTo("CIRCLE");
        assertThat(zone.path("center").path("latitude").asDouble()).isEqualTo(LAT);
        assertThat(zone.path("center").path("longitude").asDouble()).isEqualTo(LNG);
        assertThat(zone.path("radiusMeters").asInt()).isEqualTo(100);
        assertThat(zone.path("polygon").isNull()).isTrue();
        assertThat(zone.path("holes")).isEmpty();
        assertThat(zone.path("active").asBoolean()).isTrue();
        assertThat(zone.path("pushTrigger").asString()).isEqualTo("ENTER");
        assertThat(zone.path("dwellSeconds").asInt()).isEqualTo(300);
        assertThat(zone.path("cooldownSeconds").asInt()).isEqualTo(86_400);
        assertThat(zone.path("pushMessage").isNull()).isTrue();
        assertThat(zone.path("schedule")).isEmpty();
        assertThat(zone.path("location").path("id").asString()).isEqualTo(locationId);
    }

    @Test
    void everySettingIsStoredAsGiven() {
        TenantFixture tenant = signUpBusiness("Full Zone Café");
        String locationId = createLocation(tenant.adminToken(), "Usaquén", LAT, LNG);

        JsonNode zone = createGeofenceResponse(tenant.adminToken(), Map.of("locationId", locationId, "name", "Plaza",
                "center", point(4.65, -74.06), "radiusMeters", 250, "active", false, "pushTrigger", "DWELL",
                "dwellSeconds", 600, "cooldownSeconds", 3600,
                "pushMessage", Map.of("title", "Hola {{ firstName }}", "body", "2x points today",
                        "imageUrl", "https://img.example/x.png", "deepLink", "app://offers",
                        "data", List.of(Map.of("key", "offer", "value", "2x"))),
                "schedule", List.of(Map.of("days", List.of("SAT", "MON", "MON"), "from", "22:00", "to", "02:00"))))
                .ok().data("createGeofence");

        assertThat(zone.path("center").path("latitude").asDouble()).isEqualTo(4.65);
        assertThat(zone.path("radiusMeters").asInt()).isEqualTo(250);
        assertThat(zone.path("active").asBoolean()).isFalse();
        assertThat(zone.path("pushTrigger").asString()).isEqualTo("DWELL");
        assertThat(zone.path("dwellSeconds").asInt()).isEqualTo(600);
        assertThat(zone.path("cooldownSeconds").asInt()).isEqualTo(3600);
        assertThat(zone.path("pushMessage").path("title").asString()).isEqualTo("Hola {{firstName}}");
        assertThat(zone.path("pushMessage").path("imageUrl").asString()).isEqualTo("https://img.example/x.png");
        assertThat(zone.path("pushMessage").path("data").path(0).path("key").asString()).isEqualTo("offer");
        assertThat(zone.path("schedule").path(0).path("days").toString()).isEqualTo("[\"MON\",\"SAT\"]");
        assertThat(zone.path("schedule").path(0).path("to").asString()).isEqualTo("02:00");
    }

    @Test
    void aPolygonIsClosedAndGetsItsCentroidAndRadius() {
        TenantFixture tenant = signUpBusiness("Polygon Café");
        String locationId = createLocation(tenant.adminToken(), "Centro", LAT, LNG);
        List<Map<String, Object>> square = square(LAT, LNG, 100);
        List<Map<String, Object>> closed = new java.util.ArrayList<>(square);
        closed.add(square.getFirst());

        JsonNode zone = createGeofenceResponse(tenant.adminToken(), Map.of("locationId", locationId, "name", "Block",
                "shape", "POLYGON", "polygon", closed, "holes", List.of(square(LAT, LNG, 20)),
                "center", point(1, 1), "radiusMeters", 4000)).ok().data("createGeofence");

        assertThat(zone.path("shape").asString()).isEqualTo("POLYGON");
        assertThat(zone.path("polygon")).hasSize(4);
        assertThat(zone.path("holes")).hasSize(1);
        assertThat(zone.path("holes").path(0)).hasSize(4);
        assertThat(zone.path("center").path("latitude").asDouble()).isCloseTo(LAT, within(1e-5));
        assertThat(zone.path("center").path("longitude").asDouble()).isCloseTo(LNG, within(1e-5));
        // Half the diagonal of a 200 m square, rounded up (spheroid vs. the test's sphere: a metre or two).
        assertThat(zone.path("radiusMeters").asInt()).isBetween(140, 145);
    }

    @Test
    void updatesChangeOnlyWhatIsGivenAndSwitchShapes() {
        TenantFixture tenant = signUpBusiness("Update Café");
        String locationId = createLocation(tenant.adminToken(), "Centro", LAT, LNG);
        String id = createGeofenceResponse(tenant.adminToken(), Map.of("locationId", locationId, "name", "Door",
                "pushMessage", Map.of("title", "Hi", "body", "Come in"),
                "schedule", List.of(Map.of("days", List.of("MON"), "from", "08:00", "to", "20:00")))).ok()
                .text("createGeofence.id");

        JsonNode renamed = updateGeofenceResponse(tenant.adminToken(), id, Map.of("name", "Front door",
                "radiusMeters", 300)).ok().data("updateGeofence");
        assertThat(renamed.path("name").asString()).isEqualTo("Front door");
        assertThat(renamed.path("radiusMeters").asInt()).isEqualTo(300);
        assertThat(renamed.path("pushMessage").path("title").asString()).isEqualTo("Hi");
        assertThat(renamed.path("schedule")).hasSize(1);

        JsonNode polygon = updateGeofenceResponse(tenant.adminToken(), id, Map.of("shape", "POLYGON",
                "polygon", square(LAT, LNG, 50), "clearPushMessage", true, "schedule", List.of())).ok()
                .data("updateGeofence");
        assertThat(polygon.path("shape").asString()).isEqualTo("POLYGON");
        assertThat(polygon.path("polygon")).hasSize(4);
        assertThat(polygon.path("pushMessage").isNull()).isTrue();
        assertThat(polygon.path("schedule")).isEmpty();
        assertThat(polygon.path("name").asString()).isEqualTo("Front door");

        JsonNode holed = updateGeofenceResponse(tenant.adminToken(), id, Map.of("holes",
                List.of(square(LAT, LNG, 10)))).ok().data("updateGeofence");
        assertThat(holed.path("polygon").toString()).isEqualTo(polygon.path("polygon").toString());
        assertThat(holed.path("holes")).hasSize(1);

        updateGeofenceResponse(tenant.adminToken(), id, Map.of("shape", "CIRCLE"))
                .failsWith("BAD_USER_INPUT");
        JsonNode circle = updateGeofenceResponse(tenant.adminToken(), id, Map.of("shape", "CIRCLE",
                "radiusMeters", 75)).ok().data("updateGeofence");
        assertThat(circle.path("polygon").isNull()).isTrue();
        assertThat(circle.path("holes")).isEmpty();
        assertThat(circle.path("center").path("latitude").asDouble()).isEqualTo(LAT);
        assertThat(circle.path("radiusMeters").asInt()).isEqualTo(75);
    }

    @Test
    void deletedZonesDisappearButTheirRowStays() {
        TenantFixture tenant = signUpBusiness("Delete Café");
        String locationId = createLocation(tenant.adminToken(), "Centro", LAT, LNG);
        String id = createCircle(tenant.adminToken(), locationId, "Gone");
        String kept = createCircle(tenant.adminToken(), locationId, "Kept");

        assertThat(graphQl.execute(tenant.adminToken(), "mutation($id: ID!) { deleteGeofence(id: $id) }",
                Map.of("id", id)).ok().text("deleteGeofence")).isEqualTo(id);

        graphQl.execute(tenant.adminToken(), "query($id: ID!) { geofence(id: $id) { id } }", Map.of("id", id))
                .failsWith("NOT_FOUND");
        graphQl.execute(tenant.adminToken(), "mutation($id: ID!) { deleteGeofence(id: $id) }", Map.of("id", id))
                .failsWith("NOT_FOUND");
        updateGeofenceResponse(tenant.adminToken(), id, Map.of("name", "Back")).failsWith("NOT_FOUND");
        JsonNode list = graphQl.execute(tenant.adminToken(), "{ geofences { totalCount edges { node { id } } } }")
                .ok().data("geofences");
        assertThat(list.path("totalCount").asInt()).isEqualTo(1);
        assertThat(list.path("edges").path(0).path("node").path("id").asString()).isEqualTo(kept);
        assertThat(countRows(tenant.businessId(), "select count(*) from geofences where deleted_at is not null"))
                .isEqualTo(1);
    }

    @Test
    void theListFiltersByLocationAndActivityAndPagesOldestFirst() {
        TenantFixture tenant = signUpBusiness("List Café");
        String centro = createLocation(tenant.adminToken(), "Centro", LAT, LNG);
        String norte = createLocation(tenant.adminToken(), "Norte", 4.7, -74.05);
        String first = createCircle(tenant.adminToken(), centro, "One");
        String second = createCircle(tenant.adminToken(), centro, "Two");
        createGeofenceResponse(tenant.adminToken(), Map.of("locationId", centro, "name", "Off", "active", false)).ok();
        createCircle(tenant.adminToken(), norte, "North");

        String query = """
                query($l: ID, $inactive: Boolean, $first: Int, $after: String) {
                  geofences(locationId: $l, includeInactive: $inactive, first: $first, after: $after) {
                    totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }""";
        JsonNode page = graphQl.execute(tenant.adminToken(), query, Map.of("l", centro, "first", 2)).ok()
                .data("geofences");
        assertThat(page.path("totalCount").asInt()).isEqualTo(3);
        assertThat(page.path("edges").path(0).path("node").path("id").asString()).isEqualTo(first);
        assertThat(page.path("edges").path(1).path("node").path("id").asString()).isEqualTo(second);
        assertThat(page.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
        JsonNode next = graphQl.execute(tenant.adminToken(), query, Map.of("l", centro, "first", 2,
                "after", page.path("pageInfo").path("endCursor").asString())).ok().data("geofences");
        assertThat(next.path("edges")).hasSize(1);
        assertThat(next.path("edges").path(0).path("node").path("name").asString()).isEqualTo("Off");
        assertThat(next.path("pageInfo").path("hasNextPage").asBoolean()).isFalse();

        assertThat(graphQl.execute(tenant.adminToken(), query, Map.of("l", centro, "inactive", false)).ok()
                .data("geofences").path("totalCount").asInt()).isEqualTo(2);
        assertThat(graphQl.execute(tenant.adminToken(), query, Map.of()).ok()
                .data("geofences").path("totalCount").asInt()).isEqualTo(4);
        graphQl.execute(tenant.adminToken(), query, Map.of("l", java.util.UUID.randomUUID().toString()))
                .failsWith("NOT_FOUND");

        JsonNode locations = graphQl.execute(tenant.adminToken(), """
                { locations(first: 10) { edges { node { name all: geofences { name } live: geofences(includeInactive: false) { name } } } } }""")
                .ok().data("locations").path("edges");
        assertThat(locations.path(0).path("node").path("all")).hasSize(3);
        assertThat(locations.path(0).path("node").path("live")).hasSize(2);
        assertThat(locations.path(1).path("node").path("all").path(0).path("name").asString()).isEqualTo("North");
    }

    @Test
    void everyChangeIsInTheActivityLog() {
        TenantFixture tenant = signUpBusiness("Logged Zone Café");
        String locationId = createLocation(tenant.adminToken(), "Centro", LAT, LNG);
        String id = createCircle(tenant.adminToken(), locationId, "Logged");
        updateGeofenceResponse(tenant.adminToken(), id, Map.of("radiusMeters", 120)).ok();
        graphQl.execute(tenant.adminToken(), "mutation($id: ID!) { deleteGeofence(id: $id) }", Map.of("id", id)).ok();

        GraphQlResponse log = graphQl.execute(tenant.adminToken(), """
                query($id: String) { activityLog(first: 10, entityType: "Geofence", entityId: $id) {
                  edges { node { action actorId } } } }""", Map.of("id", id)).ok();
        List<String> actions = new java.util.ArrayList<>();
        log.data("activityLog").path("edges").forEach(edge -> actions.add(edge.path("node").path("action").asString()));
        assertThat(actions)
                .containsExactly("geofence.deleted", "geofence.updated", "geofence.created");
    }
}
