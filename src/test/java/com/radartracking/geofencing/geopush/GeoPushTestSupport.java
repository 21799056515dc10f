package com.radartracking.geofencing.geopush;

import com.radartracking.geofencing.GeofenceTransition;
import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.support.ApiIntegrationTest;
import com.radartracking.support.TenantFixture;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Helpers of the GeoPush ITs: a business with a location, customers (through the API, with or without push
 * consent), devices and zones written as the application role under the business's tenant (row-level
 * security applies as for the app), and GeofenceTransition events published inside a transaction of that
 * tenant, as the ping evaluation publishes them.
 */
abstract class GeoPushTestSupport extends ApiIntegrationTest {

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEventPublisher publisher;

    TenantFixture tenant;
    UUID business;
    UUID location;

    void business(String name) {
        tenant = signUpBusiness(name);
        business = tenant.businessId();
        location = UUID.fromString(createLocation(tenant.adminToken(), "Centro", 4.6, -74.08));
    }

    <T> T asTenant(Supplier<T> work) {
        return TenantContext.callAs(business, () -> transactions.execute(status -> work.get()));
    }

    UUID customer(String firstName, boolean pushConsent) {
        Map<String, Object> input = new HashMap<>(Map.of("firstName", firstName, "lastName", "Pérez",
                "email", uniqueEmail(firstName.toLowerCase())));
        input.put("consents", Map.of("push", pushConsent, "source", "PANEL"));
        return UUID.fromString(graphQl.execute(tenant.adminToken(),
                "mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }", Map.of("i", input))
                .ok().text("createCustomer.id"));
    }

    /** A device refreshed {@code refreshedAgo} ago; deactivated unless {@code active}. */
    UUID device(UUID customer, Duration refreshedAgo, boolean active) {
        UUID id = UUID.randomUUID();
        asTenant(() -> jdbc.update("""
                insert into device_tokens (id, business_id, customer_id, token, token_kind, platform, refreshed_at,
                                           deactivated_at, deactivation_reason)
                values (?, ?, ?, ?, 'FCM_TOKEN', 'ANDROID', ?, ?, ?)""", id, business, customer, "token-" + id,
                Timestamp.from(Instant.now().minus(refreshedAgo)), active ? null : Timestamp.from(Instant.now()),
                active ? null : "UNREGISTERED_BY_APP"));
        return id;
    }

    UUID device(UUID customer) {
        return device(customer, Duration.ofHours(1), true);
    }

    /** How a test zone differs from an active ENTER zone with a message, a 1-hour cooldown and no schedule. */
    record Zone(String trigger, String title, String body, int cooldownSeconds, String schedule, boolean active,
            boolean deleted) {

        static Zone enter() {
            return new Zone("ENTER", "Hola {{firstName}}", "2x puntos hoy en {{businessName}}", 3600, "[]", true,
                    false);
        }

        Zone trigger(String value) {
            return new Zone(value, title, body, cooldownSeconds, schedule, active, deleted);
        }

        Zone message(String newTitle, String newBody) {
            return new Zone(trigger, newTitle, newBody, cooldownSeconds, schedule, active, deleted);
        }

        Zone cooldown(int seconds) {
            return new Zone(trigger, title, body, seconds, schedule, active, deleted);
        }

        Zone schedule(String json) {
            return new Zone(trigger, title, body, cooldownSeconds, json, active, deleted);
        }

        Zone asInactive() {
            return new Zone(trigger, title, body, cooldownSeconds, schedule, false, deleted);
        }

        Zone asDeleted() {
            return new Zone(trigger, title, body, cooldownSeconds, schedule, active, true);
        }
    }

    UUID zone(Zone zone) {
        UUID id = UUID.randomUUID();
        asTenant(() -> jdbc.update("""
                insert into geofences (id, business_id, location_id, name, shape, center, radius_m, active, push_trigger,
                                       push_title, push_body, push_deep_link, push_data, cooldown_seconds, schedule,
                                       deleted_at)
                values (?, ?, ?, 'Zona', 'CIRCLE', ST_SetSRID(ST_MakePoint(-74.08, 4.6), 4326)::geography, 100, ?, ?,
                        ?, ?, ?, cast(? as jsonb), ?, cast(? as jsonb), ?)""", id, business, location, zone.active(),
                zone.trigger(), zone.title(), zone.body(), zone.title() == null ? null : "app://offers/2x",
                zone.title() == null ? "{}" : "{\"offer\": \"2x\"}", zone.cooldownSeconds(), zone.schedule(),
                zone.deleted() ? Timestamp.from(Instant.now()) : null));
        return id;
    }

    GeofenceTransition transition(UUID zone, UUID customer, GeofenceTransition.Kind kind, Instant occurredAt) {
        return new GeofenceTransition(business, UUID.randomUUID(), zone, location, customer, "phone-1", kind,
                occurredAt);
    }

    /** Publishes {@code kind} in a transaction of the business, as the ping evaluation does. */
    GeofenceTransition publish(UUID zone, UUID customer, GeofenceTransition.Kind kind, Instant occurredAt) {
        GeofenceTransition event = transition(zone, customer, kind, occurredAt);
        asTenant(() -> {
            publisher.publishEvent(event);
            return null;
        });
        return event;
    }

    GeofenceTransition enter(UUID zone, UUID customer) {
        return publish(zone, customer, GeofenceTransition.Kind.ENTER, Instant.now());
    }

    /** The GeoPush outcomes of (zone, customer), oldest first. */
    List<String> outcomes(UUID zone, UUID customer) {
        return asTenant(() -> jdbc.queryForList("""
                select outcome from geo_pushes where geofence_id = ? and customer_id = ? order by created_at, id""",
                String.class, zone, customer));
    }

    List<Map<String, Object>> notifications(UUID customer) {
        return asTenant(() -> jdbc.queryForList("""
                select n.id, n.title, n.body, n.device_token_id, n.held_reason, n.due_at, n.status, n.send_id
                  from notifications n where n.customer_id = ? order by n.created_at, n.id""", customer));
    }

    List<String> skipReasons(UUID customer) {
        return asTenant(() -> jdbc.queryForList("""
                select reason from push_skips where customer_id = ? order by created_at, id""", String.class, customer));
    }

    int count(String sql, Object... args) {
        return asTenant(() -> jdbc.queryForObject(sql, Integer.class, args));
    }
}
