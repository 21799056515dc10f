package com.radartracking.geofencing.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.customers.SqlStatementLog;
import com.radartracking.locations.geofences.GeofenceApiTest;
import com.radartracking.support.TenantFixture;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Geofence.activity against rows written directly (as the evaluation, GeoPush and visit recording would):
 * counts by kind, distinct customers, GeoPush outcomes, visits after an entry within the window (each once),
 * days in the business's time zone (America/Bogota, UTC-5).
 */
class GeofenceActivityIT extends GeofenceApiTest {

    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
    private static final String ACTIVITY = """
            query($id: ID!, $from: DateTime, $to: DateTime, $w: Int) { geofence(id: $id) {
              activity(from: $from, to: $to, visitWindowHours: $w) { from to entries exits dwells uniqueCustomers
                geoPushesSent geoPushesCooldown geoPushesOutsideSchedule visitsAfter visitWindowHours
                byDay { day entries geoPushesSent visitsAfter } } } }""";

    private record World(TenantFixture tenant, String zone, Instant from, Instant to, LocalDate firstDay) {
    }

    /** Three local days of activity in one zone, plus rows that must not count (other zone, place, time). */
    private World world() {
        TenantFixture tenant = signUpBusiness("Active Zone Café");
        UUID b = tenant.businessId();
        String centro = createLocation(tenant.adminToken(), "Centro", 4.6, -74.08);
        String norte = createLocation(tenant.adminToken(), "Norte", 4.7, -74.05);
        String zone = createCircle(tenant.adminToken(), centro, "Door");
        String other = createCircle(tenant.adminToken(), centro, "Terrace");
        String ana = createCustomer(tenant.adminToken(), "Ana");
        String ben = createCustomer(tenant.adminToken(), "Ben");
        String cai = createCustomer(tenant.adminToken(), "Cai");
        LocalDate firstDay = LocalDate.now(BOGOTA).minusDays(5);
        Instant from = firstDay.atStartOfDay(BOGOTA).toInstant();
        Instant to = from.plus(Duration.ofDays(3));

        UUID anaEnter = insertEvent(b, zone, centro, ana, "ENTER", at(from, 1, 0));
        insertEvent(b, zone, centro, ana, "DWELL", at(from, 1, 30));
        insertEvent(b, zone, centro, ana, "EXIT", at(from, 2, 0));
        UUID benEnter = insertEvent(b, zone, centro, ben, "ENTER", at(from, 25, 0));
        UUID benAgain = insertEvent(b, zone, centro, ben, "ENTER", at(from, 29, 0));
        UUID anaLate = insertEvent(b, zone, centro, ana, "ENTER", at(from, 71, 30));
        UUID caiEarly = insertEvent(b, zone, centro, cai, "ENTER", at(from, -1, 0));
        insertEvent(b, other, centro, cai, "ENTER", at(from, 3, 0));

        insertGeoPush(b, zone, ana, anaEnter, "SENT", at(from, 1, 0));
        insertGeoPush(b, zone, ben, benEnter, "SENT", at(from, 25, 0));
        insertGeoPush(b, zone, ben, benAgain, "COOLDOWN", at(from, 29, 0));
        insertGeoPush(b, zone, ana, anaLate, "OUTSIDE_SCHEDULE", at(from, 71, 30));
        insertGeoPush(b, zone, cai, caiEarly, "SENT", at(from, -1, 0));

        insertVisit(b, ana, centro, at(from, 0, 30));   // before her entry
        insertVisit(b, ana, centro, at(from, 3, 0));    // 2 h after: counts (day 1)
        insertVisit(b, ana, centro, at(from, 26, 0));   // 25 h after: only within a 48 h window
        insertVisit(b, ben, centro, at(from, 30, 0));   // after both of Ben's entries: counts once (day 2)
        insertVisit(b, ben, norte, at(from, 31, 0));    // another location
        insertVisit(b, cai, centro, at(from, 2, 0));    // Cai entered before the period
        return new World(tenant, zone, from, to, firstDay);
    }

    @Test
    void theFiguresCountWhatHappenedInTheZoneDuringThePeriod() {
        World world = world();
        JsonNode activity = activity(world, Map.of("from", world.from().toString(), "to", world.to().toString()));

        assertThat(activity.path("entries").asInt()).isEqualTo(4);
        assertThat(activity.path("exits").asInt()).isEqualTo(1);
        assertThat(activity.path("dwells").asInt()).isEqualTo(1);
        assertThat(activity.path("uniqueCustomers").asInt()).isEqualTo(2);
        assertThat(activity.path("geoPushesSent").asInt()).isEqualTo(2);
        assertThat(activity.path("geoPushesCooldown").asInt()).isEqualTo(1);
        assertThat(activity.path("geoPushesOutsideSchedule").asInt()).isEqualTo(1);
        assertThat(activity.path("visitsAfter").asInt()).isEqualTo(2);
        assertThat(activity.path("visitWindowHours").asInt()).isEqualTo(24);
        assertThat(Instant.parse(activity.path("from").asString())).isEqualTo(world.from());

        JsonNode days = activity.path("byDay");
        assertThat(days).hasSize(3);
        assertThat(days.path(0).path("day").asString()).isEqualTo(world.firstDay().toString());
        assertThat(days.path(2).path("day").asString()).isEqualTo(world.firstDay().plusDays(2).toString());
        assertThat(List.of(days.path(0).path("entries").asInt(), days.path(1).path("entries").asInt(),
                days.path(2).path("entries").asInt())).containsExactly(1, 2, 1);
        assertThat(List.of(days.path(0).path("geoPushesSent").asInt(), days.path(1).path("geoPushesSent").asInt(),
                days.path(2).path("geoPushesSent").asInt())).containsExactly(1, 1, 0);
        assertThat(List.of(days.path(0).path("visitsAfter").asInt(), days.path(1).path("visitsAfter").asInt(),
                days.path(2).path("visitsAfter").asInt())).containsExactly(1, 1, 0);
    }

    @Test
    void aWiderVisitWindowCountsLaterVisits() {
        World world = world();
        JsonNode activity = activity(world, Map.of("from", world.from().toString(), "to", world.to().toString(),
                "w", 48));
        assertThat(activity.path("visitsAfter").asInt()).isEqualTo(3);
        assertThat(activity.path("byDay").path(0).path("visitsAfter").asInt()).isEqualTo(2);
    }

    @Test
    void theDefaultPeriodIsTheLastThirtyDays() {
        World world = world();
        JsonNode activity = activity(world, Map.of());
        Instant to = Instant.parse(activity.path("to").asString());
        assertThat(Duration.between(Instant.parse(activity.path("from").asString()), to)).isEqualTo(Duration.ofDays(30));
        assertThat(to).isBetween(Instant.now().minusSeconds(60), Instant.now());
        assertThat(activity.path("entries").asInt()).isEqualTo(5);
        assertThat(activity.path("byDay").size()).isBetween(30, 31);
    }

    @Test
    void badArgumentsAreRefused() {
        World world = world();
        for (Map<String, Object> bad : List.of(Map.<String, Object>of("w", 0), Map.<String, Object>of("w", 169),
                Map.<String, Object>of("from", world.to().toString(), "to", world.from().toString()),
                Map.<String, Object>of("from", world.from().minus(Duration.ofDays(367)).toString(),
                        "to", world.from().toString()))) {
            Map<String, Object> variables = new HashMap<>(bad);
            variables.put("id", world.zone());
            graphQl.execute(world.tenant().adminToken(), ACTIVITY, variables).failsWith("BAD_USER_INPUT");
        }
    }

    /** A list of zones with their activity costs the same statements for one zone as for several. */
    @Test
    void activityOfAListOfZonesIsBatched() {
        World world = world();
        String query = "query($first: Int) { geofences(first: $first) { edges { node { id activity { entries "
                + "visitsAfter byDay { day } } } } } }";
        int one = statements(world, query, 1);
        int two = statements(world, query, 2);
        assertThat(two).isEqualTo(one);
    }

    private int statements(World world, String query, int first) {
        SqlStatementLog.watch(world.tenant().businessId());
        try {
            graphQl.execute(world.tenant().adminToken(), query, Map.of("first", first)).ok();
        } finally {
            return SqlStatementLog.stop(world.tenant().businessId()).size();
        }
    }

    private JsonNode activity(World world, Map<String, Object> arguments) {
        Map<String, Object> variables = new HashMap<>(arguments);
        variables.put("id", world.zone());
        return graphQl.execute(world.tenant().adminToken(), ACTIVITY, variables).ok().data("geofence.activity");
    }

    private static Instant at(Instant from, int hours, int minutes) {
        return from.plus(Duration.ofHours(hours)).plus(Duration.ofMinutes(minutes));
    }
}
