package com.radartracking.geofencing;

import com.radartracking.platform.tenancy.TenantContext;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Zones for geofencing tests, written with plain SQL as the application role under the business's tenant
 * (the zones' CRUD belongs to the locations module), and the events that pings produced.
 */
public final class GeoFixtures {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public GeoFixtures(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** A live circle zone; returns its id. */
    public UUID circle(UUID business, String locationId, double latitude, double longitude, int radiusMeters,
            int dwellSeconds) {
        UUID id = UUID.randomUUID();
        TenantContext.runAs(business, () -> transactions.executeWithoutResult(status -> jdbc.update("""
                INSERT INTO geofences (id, business_id, location_id, name, shape, center, radius_m, dwell_seconds)
                VALUES (?, ?, ?::uuid, 'Zone', 'CIRCLE', ST_SetSRID(ST_MakePoint(?, ?), 4326)::geography, ?, ?)""",
                id, business, locationId, longitude, latitude, radiusMeters, dwellSeconds)));
        return id;
    }

    /**
     * A live polygon zone from WKT (lng lat order, holes allowed); centre and radius computed as the schema
     * describes (centroid, farthest vertex). Returns its id.
     */
    public UUID polygon(UUID business, String locationId, String wkt, int dwellSeconds) {
        UUID id = UUID.randomUUID();
        TenantContext.runAs(business, () -> transactions.executeWithoutResult(status -> jdbc.update("""
                WITH shape AS (SELECT ST_GeogFromText('SRID=4326;' || ?) AS g)
                INSERT INTO geofences (id, business_id, location_id, name, shape, center, radius_m, polygon,
                                       dwell_seconds)
                SELECT ?, ?, ?::uuid, 'Polygon', 'POLYGON', ST_Centroid(g),
                       (SELECT ceil(max(ST_Distance(ST_Centroid(g), dp.geom::geography)))::int
                        FROM ST_DumpPoints(g::geometry) dp), g, ?
                FROM shape""", wkt, id, business, locationId, dwellSeconds)));
        return id;
    }

    /** Deactivates a zone (as the panel would). */
    public void deactivate(UUID business, UUID zone) {
        TenantContext.runAs(business, () -> transactions.executeWithoutResult(status -> jdbc.update(
                "UPDATE geofences SET active = false WHERE id = ?", zone)));
    }

    /** The customer's stored events, "KIND zoneId", in device-time order. */
    public List<String> events(UUID business, String customerId) {
        return TenantContext.callAs(business, () -> transactions.execute(status -> jdbc.queryForList("""
                SELECT kind || ' ' || geofence_id FROM geo_events WHERE customer_id = ?::uuid
                ORDER BY occurred_at, kind DESC""", String.class, customerId)));
    }

    /** The zones the customer's devices are in, per PostgreSQL. */
    public List<UUID> presence(UUID business, String customerId) {
        return TenantContext.callAs(business, () -> transactions.execute(status -> jdbc.queryForList(
                "SELECT geofence_id FROM geo_presence WHERE customer_id = ?::uuid", UUID.class, customerId)));
    }
}
