package com.radartracking.geofencing.geopush;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.geofencing.GeofenceTransition;
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
 * GeoPush adds no operation of its own; its sends and skips show through the push operations, with the
 * new {@code PushSend.geofenceId}. B reaches neither A's GeoPush send nor its zone id through them.
 */
public class GeoPushIsolationCases implements IsolationCases {

    /** A zone of A with a GeoPush, a reachable customer who entered it once (SENT) and twice (COOLDOWN). */
    static Planted ofA(IsolationWorld world) {
        UUID business = world.a().businessId();
        UUID location = UUID.fromString(world.createLocation(world.a(), "Secret Zona Norte"));
        UUID customer = UUID.fromString(world.asA("mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }",
                Map.of("i", Map.of("firstName", "AGeoZoraida", "email", world.uniqueEmail("geozoraida"),
                        "consents", Map.of("push", true, "source", "PANEL")))).text("createCustomer.id"));
        UUID zone = UUID.randomUUID();
        JdbcTemplate jdbc = world.bean(JdbcTemplate.class);
        TransactionTemplate transactions = world.bean(TransactionTemplate.class);
        // The event publisher is no bean to look up: the listener is called as the publisher would call it.
        GeoPushListener listener = world.bean(GeoPushListener.class);
        TenantContext.runAs(business, () -> transactions.executeWithoutResult(status -> {
            jdbc.update("""
                    insert into device_tokens (id, business_id, customer_id, token, token_kind, platform, refreshed_at)
                    values (?, ?, ?, ?, 'FCM_TOKEN', 'IOS', ?)""", UUID.randomUUID(), business, customer,
                    "A-geo-secret-token-" + UUID.randomUUID(), Timestamp.from(Instant.now()));
            jdbc.update("""
                    insert into geofences (id, business_id, location_id, name, shape, center, radius_m, push_title, push_body)
                    values (?, ?, ?, 'Secret Zone', 'CIRCLE', ST_SetSRID(ST_MakePoint(-74.08, 4.6), 4326)::geography, 100,
                            'A Secret GeoPush', 'Hola {{firstName}}')""", zone, business, location);
        }));
        for (int i = 0; i < 2; i++) {
            TenantContext.runAs(business, () -> transactions.executeWithoutResult(status -> listener.on(
                    new GeofenceTransition(business, UUID.randomUUID(), zone, location, customer, "",
                            GeofenceTransition.Kind.ENTER, Instant.now()))));
        }
        String send = TenantContext.callAs(business, () -> transactions.execute(status -> jdbc.queryForObject(
                "select send_id from geo_pushes where geofence_id = ? and outcome = 'SENT'", UUID.class, zone)))
                .toString();
        return Planted.of(Map.of("send", send), send, zone.toString(), customer.toString(), "AGeoZoraida",
                "A Secret GeoPush", "A-geo-secret-token");
    }

    @Override
    public List<IsolationCase> cases() {
        return List.of(
                IsolationCase.named("geopush: A's GeoPush send by id")
                        .plant(GeoPushIsolationCases::ofA)
                        .attack("query($send: ID!) { pushSend(id: $send) { id geofenceId title } }")
                        .expectNotFound(),
                IsolationCase.named("geopush: B's sends and skips show none of A's GeoPushes")
                        .plant(GeoPushIsolationCases::ofA)
                        .attack("""
                                { pushSends(first: 50) { edges { node { id geofenceId title audienceSummary } } }
                                  pushSkips(first: 50, filter: {reason: COOLDOWN}) { edges { node { id reason
                                    send { geofenceId } customer { id } } } } }""")
                        .expectNoLeak()
                        .check((planted, response) -> assertThat(response.data("pushSends.edges")).isEmpty()));
    }
}
