package com.radartracking.locations.geofences;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.isolation.IsolationCase;
import com.radartracking.isolation.IsolationCases;
import com.radartracking.isolation.IsolationWorld;
import com.radartracking.isolation.Planted;
import com.radartracking.platform.tenancy.TenantContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Geofences and geo events: B can neither see, change nor delete A's zones, cannot hang a zone on A's
 * location, and B's event list and activity figures never include A's events.
 */
public class GeofencesIsolationCases implements IsolationCases {

    private static final String WITNESS =
            "query($id: ID!) { geofence(id: $id) { name radiusMeters active updatedAt } }";

    @Override
    public List<IsolationCase> cases() {
        return List.of(
                IsolationCase.named("geofences: list shows only B's")
                        .plant(world -> Planted.markersOnly(zone(world, "Secret Door"), "Secret Door"))
                        .attack("{ geofences(first: 100) { totalCount edges { node { id name } } } }")
                        .expectNoLeak()
                        .check((planted, response) -> assertThat(response.data("geofences.totalCount").asInt()).isZero()),
                IsolationCase.named("geofences: list by A's location")
                        .plant(world -> Planted.of(Map.of("l", world.createLocation(world.a(), "Zoned Norte")))
                                .marker("Zoned Norte"))
                        .attack("query($l: ID) { geofences(locationId: $l) { totalCount edges { node { id } } } }")
                        .expectNotFound(),
                IsolationCase.named("geofences: read by id")
                        .plant(world -> Planted.id(zone(world, "Hidden Patio"), "Hidden Patio"))
                        .attack("query($id: ID!) { geofence(id: $id) { id name activity { entries } } }")
                        .expectNotFound(),
                IsolationCase.named("geofences: create on A's location")
                        .plant(world -> Planted.of(Map.of("l", world.createLocation(world.a(), "Not Yours"))))
                        .attack("mutation($l: ID!) { createGeofence(input: {locationId: $l, name: \"Hijack\"}) { id } }")
                        .expectNotFound()
                        .witness("{ geofences { totalCount } }"),
                IsolationCase.named("geofences: update A's")
                        .plant(world -> Planted.id(zone(world, "Keep Zone"), "Keep Zone"))
                        .attack("mutation($id: ID!) { updateGeofence(id: $id, input: {name: \"Hijacked\", radiusMeters: 60}) { id name } }")
                        .expectNotFound()
                        .witness(WITNESS),
                IsolationCase.named("geofences: delete A's")
                        .plant(world -> Planted.id(zone(world, "Stay Zone")))
                        .attack("mutation($id: ID!) { deleteGeofence(id: $id) }")
                        .expectNotFound()
                        .witness(WITNESS),
                IsolationCase.named("geofences: B's locations list none of A's zones")
                        .plant(world -> Planted.markersOnly(zone(world, "Invisible Zone"), "Invisible Zone"))
                        .attack("{ locations(first: 100) { edges { node { id geofences { id name } } } } }")
                        .expectNoLeak(),
                IsolationCase.named("geoEvents: filters with A's ids find nothing")
                        .plant(GeofencesIsolationCases::event)
                        .attack("""
                                query($g: ID, $l: ID, $c: ID) {
                                  a: geoEvents(filter: {geofenceId: $g}) { edges { node { id customer { id } } } }
                                  b: geoEvents(filter: {locationId: $l}) { edges { node { id } } }
                                  c: geoEvents(filter: {customerId: $c}) { edges { node { id } } }
                                  all: geoEvents(first: 100) { edges { node { id geofence { id } } } } }""")
                        .expectNoLeak()
                        .check((planted, response) -> {
                            for (String alias : List.of("a", "b", "c", "all")) {
                                assertThat(response.data(alias + ".edges")).as(alias).isEmpty();
                            }
                        }));
    }

    /** A circle zone of A around a new location; returns the zone's id. */
    private static String zone(IsolationWorld world, String name) {
        String locationId = world.createLocation(world.a(), name + " place");
        return world.asA("mutation($l: ID!, $n: String!) { createGeofence(input: {locationId: $l, name: $n}) { id } }",
                Map.of("l", locationId, "n", name)).text("createGeofence.id");
    }

    /** A's zone, customer and one ENTER event in it (written as the evaluation would). */
    private static Planted event(IsolationWorld world) {
        String locationId = world.createLocation(world.a(), "Evented place");
        String zoneId = world.asA("mutation($l: ID!) { createGeofence(input: {locationId: $l, name: \"Evented\"}) { id } }",
                Map.of("l", locationId)).text("createGeofence.id");
        String customerId = world.asA("mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }",
                Map.of("i", Map.of("firstName", "Roamer", "email", world.uniqueEmail("roamer")))).text("createCustomer.id");
        UUID eventId = UUID.randomUUID();
        UUID businessId = world.a().businessId();
        TenantContext.runAs(businessId, () -> world.bean(TransactionTemplate.class).executeWithoutResult(status ->
                world.bean(JdbcTemplate.class).update("""
                        insert into geo_events (id, business_id, geofence_id, location_id, customer_id, kind, point,
                                                occurred_at)
                        values (?, ?, ?, ?, ?, 'ENTER', ST_GeogFromText('SRID=4326;POINT(-74 4.6)'), ?)""",
                        eventId, businessId, UUID.fromString(zoneId), UUID.fromString(locationId),
                        UUID.fromString(customerId), Timestamp.from(Instant.now().minusSeconds(60)))));
        return Planted.of(Map.of("g", zoneId, "l", locationId, "c", customerId), zoneId, locationId, customerId,
                eventId.toString(), "Roamer");
    }
}
