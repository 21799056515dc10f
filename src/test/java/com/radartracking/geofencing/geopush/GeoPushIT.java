package com.radartracking.geofencing.geopush;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.geofencing.GeofenceTransition;
import com.radartracking.geofencing.GeofenceTransition.Kind;
import com.radartracking.platform.tenancy.TenantContext;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * GeoPush end to end below the ping endpoint: transitions published in a transaction of the business
 * become geo_pushes decisions and notification rows (or skips) in that same transaction.
 */
class GeoPushIT extends GeoPushTestSupport {

    @Autowired
    MeterRegistry meters;

    UUID ana;
    List<UUID> anasDevices;

    @BeforeEach
    void setUp() {
        business("GeoPush Café");
        ana = customer("Ana", true);
        anasDevices = List.of(device(ana), device(ana));
        device(ana, Duration.ofHours(1), false);
        device(ana, Duration.ofDays(45), true);
    }

    private double counted(String outcome) {
        return meters.counter("radar.geopush", "outcome", outcome).count();
    }

    @Test
    void anEnterSendsThePersonalisedMessageToEveryActiveDeviceOnceUntilTheCooldownElapses() {
        UUID zone = zone(GeoPushTestSupport.Zone.enter());
        double sentBefore = counted("SENT");
        double cooldownBefore = counted("COOLDOWN");

        enter(zone, ana);
        List<Map<String, Object>> first = notifications(ana);
        assertThat(first).extracting(row -> row.get("device_token_id")).containsExactlyInAnyOrderElementsOf(anasDevices);
        assertThat(first).extracting(row -> row.get("title")).containsOnly("Hola Ana");
        assertThat(first).extracting(row -> row.get("body")).containsOnly("2x puntos hoy en GeoPush Café");
        assertThat(first).extracting(row -> row.get("held_reason")).containsOnlyNulls();
        assertThat(outcomes(zone, ana)).containsExactly("SENT");
        UUID sendId = (UUID) first.getFirst().get("send_id");
        assertThat(count("select count(*) from geo_pushes where send_id = ?", sendId)).isEqualTo(1);

        JsonNode send = graphQl.execute(tenant.adminToken(), """
                query($id: ID!) { pushSend(id: $id) { geofenceId campaignId origin createdByName audienceKind audienceSummary
                  title deepLink data { key value } status recipients skipped } }""", Map.of("id", sendId.toString()))
                .ok().data("pushSend");
        assertThat(send.path("geofenceId").asString()).isEqualTo(zone.toString());
        assertThat(send.path("campaignId").isNull()).isTrue();
        assertThat(send.path("origin").asString()).isEqualTo("GEOPUSH");
        // The history opens on the team's sends; GeoPushes are one filter away.
        assertThat(graphQl.execute(tenant.adminToken(), "{ pushSends(filter: {origin: PANEL}) { edges { node { id } } } }")
                .ok().data("pushSends.edges")).isEmpty();
        assertThat(graphQl.execute(tenant.adminToken(), "{ pushSends(filter: {origin: GEOPUSH}) { edges { node { id } } } }")
                .ok().data("pushSends.edges")).hasSize(1);
        assertThat(send.path("createdByName").isNull()).isTrue();
        assertThat(send.path("audienceSummary").asString()).isEqualTo("Ana Pérez");
        assertThat(send.path("title").asString()).isEqualTo("Hola {{firstName}}");
        assertThat(send.path("deepLink").asString()).isEqualTo("app://offers/2x");
        assertThat(send.path("data").path(0).path("value").asString()).isEqualTo("2x");
        assertThat(send.path("status").asString()).isEqualTo("QUEUED");
        assertThat(send.path("recipients").asInt()).isEqualTo(2);

        // Within the cooldown: recorded as such, for the zone and in the customer's push skips; nothing sent.
        enter(zone, ana);
        assertThat(notifications(ana)).hasSize(2);
        assertThat(outcomes(zone, ana)).containsExactly("SENT", "COOLDOWN");
        assertThat(skipReasons(ana)).containsExactly("COOLDOWN");
        JsonNode skips = graphQl.execute(tenant.adminToken(), """
                query($id: ID!) { customer(id: $id) { pushSkips { edges { node { reason
                  send { geofenceId status recipients skipped } } } } } }""", Map.of("id", ana.toString()))
                .ok().data("customer.pushSkips.edges");
        assertThat(skips).hasSize(1);
        assertThat(skips.path(0).path("node").path("reason").asString()).isEqualTo("COOLDOWN");
        JsonNode skipSend = skips.path(0).path("node").path("send");
        assertThat(skipSend.path("geofenceId").asString()).isEqualTo(zone.toString());
        assertThat(skipSend.path("status").asString()).isEqualTo("DONE");
        assertThat(List.of(skipSend.path("recipients").asInt(), skipSend.path("skipped").asInt())).containsExactly(0, 1);

        // Once the cooldown has elapsed it sends again.
        asTenant(() -> jdbc.update("""
                update geo_push_cooldowns set last_sent_at = last_sent_at - interval '3601 seconds'
                 where geofence_id = ? and customer_id = ?""", zone, ana));
        enter(zone, ana);
        assertThat(notifications(ana)).hasSize(4);
        assertThat(outcomes(zone, ana)).containsExactly("SENT", "COOLDOWN", "SENT");
        assertThat(counted("SENT") - sentBefore).isEqualTo(2);
        assertThat(counted("COOLDOWN") - cooldownBefore).isEqualTo(1);
    }

    @Test
    void eachZoneFiresOnItsOwnTriggerOnly() {
        UUID dwellZone = zone(GeoPushTestSupport.Zone.enter().trigger("DWELL"));
        UUID enterZone = zone(GeoPushTestSupport.Zone.enter());
        publish(dwellZone, ana, Kind.ENTER, Instant.now());
        publish(enterZone, ana, Kind.DWELL, Instant.now());
        publish(enterZone, ana, Kind.EXIT, Instant.now());
        publish(dwellZone, ana, Kind.EXIT, Instant.now());
        assertThat(notifications(ana)).isEmpty();
        assertThat(count("select count(*) from geo_pushes where customer_id = ?", ana)).isZero();

        publish(dwellZone, ana, Kind.DWELL, Instant.now());
        assertThat(outcomes(dwellZone, ana)).containsExactly("SENT");
        assertThat(outcomes(dwellZone, ana)).hasSize(1);
        assertThat(notifications(ana)).hasSize(2);
        assertThat(count("select count(*) from geo_pushes where customer_id = ? and trigger = 'DWELL'", ana)).isEqualTo(1);
    }

    @Test
    void inactiveDeletedOrSilentZonesSendNothing() {
        List<UUID> zones = List.of(zone(GeoPushTestSupport.Zone.enter().asInactive()),
                zone(GeoPushTestSupport.Zone.enter().asDeleted()),
                zone(GeoPushTestSupport.Zone.enter().message(null, null)));
        for (UUID zone : zones) {
            enter(zone, ana);
        }
        assertThat(count("select count(*) from geo_pushes where customer_id = ?", ana)).isZero();
        assertThat(count("select count(*) from push_sends where geofence_id is not null")).isZero();
        assertThat(count("select count(*) from geo_push_cooldowns")).isZero();
        assertThat(notifications(ana)).isEmpty();
    }

    @Test
    void thePipelinesOwnChecksAreItsSkips() {
        UUID zone = zone(GeoPushTestSupport.Zone.enter());
        UUID silent = customer("Silvia", false);
        device(silent);
        UUID deviceless = customer("Dario", true);
        UUID stale = customer("Esteban", true);
        device(stale, Duration.ofDays(31), true);
        for (UUID customer : List.of(silent, deviceless, stale)) {
            enter(zone, customer);
            assertThat(outcomes(zone, customer)).containsExactly("SENT");
            assertThat(notifications(customer)).isEmpty();
        }
        assertThat(skipReasons(silent)).containsExactly("NO_CONSENT");
        assertThat(skipReasons(deviceless)).containsExactly("NO_DEVICE");
        assertThat(skipReasons(stale)).containsExactly("STALE_TOKEN");
        assertThat(count("""
                select count(*) from push_sends s join geo_pushes g on g.send_id = s.id
                 where s.status = 'DONE' and s.skipped = 1 and s.recipients = 0 and s.geofence_id = ?""", zone))
                .isEqualTo(3);
    }

    @Test
    void aRolledBackPingLeavesNoGeoPush() {
        UUID zone = zone(GeoPushTestSupport.Zone.enter());
        GeofenceTransition event = transition(zone, ana, Kind.ENTER, Instant.now());
        double sentBefore = counted("SENT");
        TenantContext.runAs(business, () -> transactions.executeWithoutResult(status -> {
            publisher.publishEvent(event);
            status.setRollbackOnly();
        }));
        assertThat(count("select count(*) from geo_pushes")).isZero();
        assertThat(count("select count(*) from push_sends")).isZero();
        assertThat(count("select count(*) from geo_push_cooldowns")).isZero();
        assertThat(notifications(ana)).isEmpty();
        assertThat(counted("SENT")).isEqualTo(sentBefore);
        // Nothing claimed either: the next ENTER sends.
        enter(zone, ana);
        assertThat(outcomes(zone, ana)).containsExactly("SENT");
    }

    @Test
    void aMessageThePipelineRefusesIsUndoneAndThePingsOwnWritesCommit() {
        // 200 + 2,000 two- and three-byte characters: well over FCM's 4 KB once encoded.
        UUID zone = zone(GeoPushTestSupport.Zone.enter().message("ñ".repeat(200), "€".repeat(2000)));
        GeofenceTransition event = transition(zone, ana, Kind.ENTER, Instant.now());
        double rejectedBefore = counted("REJECTED");
        asTenant(() -> {
            jdbc.update("""
                    insert into geo_events (id, business_id, geofence_id, location_id, customer_id, kind, point, occurred_at)
                    values (?, ?, ?, ?, ?, 'ENTER', ST_SetSRID(ST_MakePoint(-74.08, 4.6), 4326)::geography, now())""",
                    event.eventId(), business, zone, location, ana);
            publisher.publishEvent(event);
            return null;
        });
        assertThat(count("select count(*) from geo_events where id = ?", event.eventId())).isEqualTo(1);
        assertThat(count("select count(*) from geo_pushes")).isZero();
        assertThat(count("select count(*) from push_sends")).isZero();
        assertThat(count("select count(*) from geo_push_cooldowns")).isZero();
        assertThat(notifications(ana)).isEmpty();
        assertThat(counted("REJECTED") - rejectedBefore).isEqualTo(1);
    }

    @Test
    void anUnexpectedErrorIsUndoneAndThePingsOwnWritesCommit() {
        // A failing statement (no such customer: the cooldown's foreign key refuses it), which aborts the whole
        // PostgreSQL transaction unless undone, and a failure in Java (a schedule the zones module never writes).
        UUID zone = zone(GeoPushTestSupport.Zone.enter());
        UUID oddZone = zone(GeoPushTestSupport.Zone.enter()
                .schedule("[{\"days\": [\"FUNDAY\"], \"from\": \"08:00\", \"to\": \"09:00\"}]"));
        double failedBefore = counted("FAILED");
        List<GeofenceTransition> events = List.of(transition(zone, UUID.randomUUID(), Kind.ENTER, Instant.now()),
                transition(oddZone, ana, Kind.ENTER, Instant.now()));
        for (GeofenceTransition event : events) {
            asTenant(() -> {
                jdbc.update("""
                        insert into geo_events (id, business_id, geofence_id, location_id, customer_id, kind, point,
                                                occurred_at)
                        values (?, ?, ?, ?, ?, 'ENTER', ST_SetSRID(ST_MakePoint(-74.08, 4.6), 4326)::geography, now())""",
                        event.eventId(), business, event.geofenceId(), location, event.customerId());
                publisher.publishEvent(event);
                return null;
            });
            assertThat(count("select count(*) from geo_events where id = ?", event.eventId())).isEqualTo(1);
        }
        assertThat(count("select count(*) from geo_pushes")).isZero();
        assertThat(count("select count(*) from push_sends")).isZero();
        assertThat(count("select count(*) from geo_push_cooldowns")).isZero();
        assertThat(counted("FAILED") - failedBefore).isEqualTo(2);
    }
}
