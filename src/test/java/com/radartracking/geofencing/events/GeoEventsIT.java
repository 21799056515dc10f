package com.radartracking.geofencing.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.locations.geofences.GeofenceApiTest;
import com.radartracking.platform.graphql.PageArgs;
import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.support.TenantFixture;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import tools.jackson.databind.JsonNode;

/** geoEvents: newest first in keyset pages, every filter, Staff's locations only, child fields, pruning. */
class GeoEventsIT extends GeofenceApiTest {

    private static final String EVENTS = """
            query($f: GeoEventFilter, $first: Int, $after: String) { geoEvents(filter: $f, first: $first, after: $after) {
              edges { cursor node { id kind occurredAt recordedAt accuracyMeters point { latitude longitude }
                geofence { id name } location { id name } customer { id firstName } } }
              pageInfo { hasNextPage endCursor } } }""";

    @Autowired
    private NamedParameterJdbcTemplate named;

    private record World(TenantFixture tenant, String centro, String norte, String door, String patio, String ana,
            String ben, Map<String, UUID> events, Instant now) {
    }

    /** Two locations with a zone each, two customers and seven events (two at the same instant). */
    private World world() {
        TenantFixture tenant = signUpBusiness("Evented Café");
        String centro = createLocation(tenant.adminToken(), "Centro", 4.6, -74.08);
        String norte = createLocation(tenant.adminToken(), "Norte", 4.7, -74.05);
        String door = createCircle(tenant.adminToken(), centro, "Door");
        String patio = createCircle(tenant.adminToken(), norte, "Patio");
        String ana = createCustomer(tenant.adminToken(), "Ana");
        String ben = createCustomer(tenant.adminToken(), "Ben");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        UUID b = tenant.businessId();
        Map<String, UUID> events = new HashMap<>();
        events.put("e1", insertEvent(b, door, centro, ana, "ENTER", now.minus(Duration.ofHours(50))));
        events.put("e2", insertEvent(b, door, centro, ana, "DWELL", now.minus(Duration.ofHours(49))));
        events.put("e3", insertEvent(b, door, centro, ana, "EXIT", now.minus(Duration.ofHours(48))));
        events.put("e4", insertEvent(b, patio, norte, ben, "ENTER", now.minus(Duration.ofHours(10))));
        events.put("e5", insertEvent(b, patio, norte, ana, "ENTER", now.minus(Duration.ofHours(10))));
        events.put("e6", insertEvent(b, door, centro, ben, "ENTER", now.minus(Duration.ofHours(2))));
        events.put("e7", insertEvent(b, patio, norte, ben, "EXIT", now.minus(Duration.ofHours(1))));
        return new World(tenant, centro, norte, door, patio, ana, ben, events, now);
    }

    @Test
    void eventsComeNewestFirstInPagesThatNeitherSkipNorRepeat() {
        World world = world();
        List<String> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            Map<String, Object> variables = new HashMap<>(Map.of("first", 3));
            variables.put("after", after);
            JsonNode page = graphQl.execute(world.tenant().adminToken(), EVENTS, variables).ok().data("geoEvents");
            page.path("edges").forEach(edge -> seen.add(edge.path("node").path("id").asString()));
            after = page.path("pageInfo").path("hasNextPage").asBoolean()
                    ? page.path("pageInfo").path("endCursor").asString() : null;
            pages++;
        } while (after != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(7).doesNotHaveDuplicates();
        assertThat(seen.subList(0, 2)).containsExactly(id(world, "e7"), id(world, "e6"));
        assertThat(seen.subList(2, 4)).containsExactlyInAnyOrder(id(world, "e4"), id(world, "e5"));
        assertThat(seen.subList(4, 7)).containsExactly(id(world, "e3"), id(world, "e2"), id(world, "e1"));
    }

    @Test
    void childFieldsResolveEvenForADeletedZone() {
        World world = world();
        graphQl.execute(world.tenant().adminToken(), "mutation($id: ID!) { deleteGeofence(id: $id) }",
                Map.of("id", world.door())).ok();
        JsonNode node = graphQl.execute(world.tenant().adminToken(), EVENTS, Map.of("first", 2)).ok()
                .data("geoEvents").path("edges").path(1).path("node");
        assertThat(node.path("kind").asString()).isEqualTo("ENTER");
        assertThat(node.path("geofence").path("name").asString()).isEqualTo("Door");
        assertThat(node.path("location").path("name").asString()).isEqualTo("Centro");
        assertThat(node.path("customer").path("firstName").asString()).isEqualTo("Ben");
        assertThat(node.path("accuracyMeters").asDouble()).isEqualTo(12.5);
        assertThat(node.path("point").path("latitude").asDouble()).isEqualTo(4.6486);
        assertThat(Instant.parse(node.path("occurredAt").asString())).isEqualTo(world.now().minus(Duration.ofHours(2)));
    }

    @Test
    void filtersCombine() {
        World world = world();
        assertThat(ids(world, Map.of("geofenceId", world.door()))).containsExactlyInAnyOrder(
                id(world, "e1"), id(world, "e2"), id(world, "e3"), id(world, "e6"));
        assertThat(ids(world, Map.of("locationId", world.norte()))).containsExactlyInAnyOrder(
                id(world, "e4"), id(world, "e5"), id(world, "e7"));
        assertThat(ids(world, Map.of("customerId", world.ana(), "kinds", List.of("ENTER")))).containsExactlyInAnyOrder(
                id(world, "e1"), id(world, "e5"));
        assertThat(ids(world, Map.of("kinds", List.of("EXIT", "DWELL")))).containsExactlyInAnyOrder(
                id(world, "e2"), id(world, "e3"), id(world, "e7"));
        Instant now = world.now();
        assertThat(ids(world, Map.of("from", now.minus(Duration.ofHours(49)).toString(),
                "to", now.minus(Duration.ofHours(2)).toString()))).containsExactlyInAnyOrder(
                id(world, "e2"), id(world, "e3"), id(world, "e4"), id(world, "e5"));
        assertThat(ids(world, Map.of("geofenceId", UUID.randomUUID().toString()))).isEmpty();

        graphQl.execute(world.tenant().adminToken(), EVENTS, Map.of("f", Map.of("from", now.toString(),
                "to", now.minus(Duration.ofHours(1)).toString()))).failsWith("BAD_USER_INPUT");
        graphQl.execute(world.tenant().adminToken(), EVENTS, Map.of("f", Map.of("customerId", "nope")))
                .failsWith("BAD_USER_INPUT");
        graphQl.execute(world.tenant().adminToken(), EVENTS, Map.of("first", 0)).failsWith("BAD_USER_INPUT");
    }

    @Test
    void staffSeeTheEventsOfTheirLocationsOnly() {
        World world = world();
        String staff = addMember(world.tenant().adminToken(), "STAFF", List.of(world.norte())).accessToken();
        JsonNode edges = graphQl.execute(staff, EVENTS, Map.of()).ok().data("geoEvents").path("edges");
        List<String> seen = new ArrayList<>();
        edges.forEach(edge -> seen.add(edge.path("node").path("id").asString()));
        assertThat(seen).containsExactlyInAnyOrder(id(world, "e4"), id(world, "e5"), id(world, "e7"));
        JsonNode filtered = graphQl.execute(staff, EVENTS, Map.of("f", Map.of("geofenceId", world.door()))).ok()
                .data("geoEvents").path("edges");
        assertThat(filtered).isEmpty();
        String analyst = addMember(world.tenant().adminToken(), "ANALYST", List.of()).accessToken();
        assertThat(graphQl.execute(analyst, EVENTS, Map.of()).ok().data("geoEvents").path("edges")).hasSize(7);
    }

    /** A date filter within one month reads that month's partition only (plan-time pruning). */
    @Test
    void aDateFilterReadsOnlyThePartitionsItCovers() {
        TenantFixture tenant = signUpBusiness("Pruned Café");
        YearMonth month = YearMonth.now(ZoneOffset.UTC);
        Instant from = month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        GeoEventFilter filter = new GeoEventFilter(null, null, null, List.of(), from, from.plus(Duration.ofDays(10)));

        String plan = explain(tenant.businessId(), filter, null);
        String thisMonth = "geo_events_" + month.format(DateTimeFormatter.ofPattern("yyyyMM"));
        String lastMonth = "geo_events_" + month.minusMonths(1).format(DateTimeFormatter.ofPattern("yyyyMM"));
        assertThat(plan).contains(thisMonth).doesNotContain(lastMonth).doesNotContain("geo_events_default");

        // A later page's cursor bounds the partitions from above as well.
        GeoEventFilter open = new GeoEventFilter(null, null, null, List.of(), null, null);
        String paged = explain(tenant.businessId(), open, new PageArgs.Position(from.minusSeconds(1), UUID.randomUUID()));
        assertThat(paged).contains(lastMonth).doesNotContain(thisMonth);
    }

    private String explain(UUID businessId, GeoEventFilter filter, PageArgs.Position after) {
        return TenantContext.callAs(businessId, () -> transactions.execute(status -> {
            MapSqlParameterSource params = new MapSqlParameterSource();
            String sql = GeoEventQueries.sql(filter, null, after, 21, params);
            return String.join("\n", named.queryForList("explain " + sql, params, String.class));
        }));
    }

    private List<String> ids(World world, Map<String, Object> filter) {
        List<String> ids = new ArrayList<>();
        graphQl.execute(world.tenant().adminToken(), EVENTS, Map.of("f", filter)).ok().data("geoEvents").path("edges")
                .forEach(edge -> ids.add(edge.path("node").path("id").asString()));
        return ids;
    }

    private static String id(World world, String name) {
        return world.events().get(name).toString();
    }
}
