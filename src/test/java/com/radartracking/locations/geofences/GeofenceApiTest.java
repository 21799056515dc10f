package com.radartracking.locations.geofences;

import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.support.ApiIntegrationTest;
import com.radartracking.support.GraphQlResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Helpers shared by the geofence and geo event integration tests: zones through the API, and the rows the
 * evaluation and GeoPush would write (geo_events, geo_pushes) plus visits, inserted directly under the
 * business's row-level security so a test controls every timestamp.
 */
public abstract class GeofenceApiTest extends ApiIntegrationTest {

    public static final String ZONE_FIELDS = """
            id name shape center { latitude longitude } radiusMeters polygon { latitude longitude }
            holes { latitude longitude } active pushTrigger dwellSeconds cooldownSeconds
            pushMessage { title body imageUrl deepLink data { key value } } schedule { days from to }
            location { id name } createdAt updatedAt""";

    /** Metres per degree of latitude (and of longitude at the equator), close enough for test shapes. */
    private static final double METRES_PER_DEGREE = 111_320;

    @Autowired
    protected TransactionTemplate transactions;

    protected GraphQlResponse createGeofenceResponse(String token, Map<String, Object> input) {
        return graphQl.execute(token, "mutation($i: CreateGeofenceInput!) { createGeofence(input: $i) { "
                + ZONE_FIELDS + " } }", Map.of("i", input));
    }

    protected GraphQlResponse updateGeofenceResponse(String token, String id, Map<String, Object> input) {
        return graphQl.execute(token, "mutation($id: ID!, $i: UpdateGeofenceInput!) { updateGeofence(id: $id, input: $i) { "
                + ZONE_FIELDS + " } }", Map.of("id", id, "i", input));
    }

    /** A circle of the default radius around the location; returns its id. */
    protected String createCircle(String token, String locationId, String name) {
        return createGeofenceResponse(token, Map.of("locationId", locationId, "name", name)).ok()
                .text("createGeofence.id");
    }

    /** The four corners of a square of side {@code 2 * halfSide} metres centred on the point. */
    public static List<Map<String, Object>> square(double latitude, double longitude, double halfSide) {
        double dLat = halfSide / METRES_PER_DEGREE;
        double dLng = halfSide / (METRES_PER_DEGREE * Math.cos(Math.toRadians(latitude)));
        return List.of(point(latitude - dLat, longitude - dLng), point(latitude - dLat, longitude + dLng),
                point(latitude + dLat, longitude + dLng), point(latitude + dLat, longitude - dLng));
    }

    public static Map<String, Object> point(double latitude, double longitude) {
        return Map.of("latitude", latitude, "longitude", longitude);
    }

    /** A regular polygon with {@code vertices} corners on a circle of {@code radius} metres. */
    public static List<Map<String, Object>> regular(double latitude, double longitude, double radius, int vertices) {
        List<Map<String, Object>> points = new ArrayList<>();
        for (int i = 0; i < vertices; i++) {
            double angle = 2 * Math.PI * i / vertices;
            points.add(point(latitude + radius * Math.sin(angle) / METRES_PER_DEGREE,
                    longitude + radius * Math.cos(angle) / (METRES_PER_DEGREE * Math.cos(Math.toRadians(latitude)))));
        }
        return points;
    }

    protected String createCustomer(String token, String firstName) {
        return graphQl.execute(token, "mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }",
                Map.of("i", Map.of("firstName", firstName, "email", uniqueEmail(firstName.toLowerCase())))).ok()
                .text("createCustomer.id");
    }

    /** A geo_events row as the evaluation writes it; returns its id. */
    protected UUID insertEvent(UUID businessId, String geofenceId, String locationId, String customerId, String kind,
            Instant occurredAt) {
        UUID id = UUID.randomUUID();
        asTenant(businessId, () -> jdbc.update("""
                insert into geo_events (id, business_id, geofence_id, location_id, customer_id, kind, point, accuracy_m,
                                        occurred_at)
                values (?, ?, ?, ?, ?, ?, ST_GeogFromText('SRID=4326;POINT(-74.0628 4.6486)'), 12.5, ?)""",
                id, businessId, UUID.fromString(geofenceId), UUID.fromString(locationId), UUID.fromString(customerId),
                kind, Timestamp.from(occurredAt)));
        return id;
    }

    /** A geo_pushes row as GeoPush writes it. */
    protected void insertGeoPush(UUID businessId, String geofenceId, String customerId, UUID eventId, String outcome,
            Instant createdAt) {
        asTenant(businessId, () -> jdbc.update("""
                insert into geo_pushes (id, business_id, geofence_id, customer_id, geo_event_id, trigger, outcome,
                                        created_at)
                values (?, ?, ?, ?, ?, 'ENTER', ?, ?)""", UUID.randomUUID(), businessId, UUID.fromString(geofenceId),
                UUID.fromString(customerId), eventId, outcome, Timestamp.from(createdAt)));
    }

    protected void insertVisit(UUID businessId, String customerId, String locationId, Instant occurredAt) {
        asTenant(businessId, () -> jdbc.update("""
                insert into visits (id, business_id, customer_id, location_id, source, occurred_at)
                values (?, ?, ?, ?, 'MANUAL', ?)""", UUID.randomUUID(), businessId, UUID.fromString(customerId),
                UUID.fromString(locationId), Timestamp.from(occurredAt)));
    }

    protected int countRows(UUID businessId, String sql) {
        return TenantContext.callAs(businessId, () -> transactions.execute(status ->
                jdbc.queryForObject(sql, Integer.class)));
    }

    private void asTenant(UUID businessId, Runnable work) {
        TenantContext.runAs(businessId, () -> transactions.executeWithoutResult(status -> work.run()));
    }

    protected static Map<String, Object> with(Map<String, Object> base, Object... keysAndValues) {
        Map<String, Object> copy = new HashMap<>(base);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            copy.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return copy;
    }
}
