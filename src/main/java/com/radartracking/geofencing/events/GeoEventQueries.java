package com.radartracking.geofencing.events;

import com.radartracking.locations.LocationView.GeoPoint;
import com.radartracking.platform.graphql.PageArgs;
import com.radartracking.platform.tenancy.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pages of {@code geo_events}, newest first. The order (occurred_at desc, id asc) is the one the
 * {@code (business_id, occurred_at desc, id)} index returns, so a page is an index range read with no sort.
 * Date bounds (the filter's, and a later page's upper bound) are plain comparisons on {@code occurred_at},
 * which is what lets PostgreSQL skip the month partitions outside them.
 */
@Component
@Transactional(readOnly = true)
class GeoEventQueries {

    private final NamedParameterJdbcTemplate jdbc;

    GeoEventQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One page; {@code onlyLocations} (Staff) limits it to those locations, null for everyone else. */
    List<GeoEventView> page(GeoEventFilter filter, Collection<UUID> onlyLocations, PageArgs page) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = sql(filter, onlyLocations, page.position(), page.first() + 1, params);
        return jdbc.query(sql, params, GeoEventQueries::view);
    }

    /** The page's statement; package-visible so a test can EXPLAIN it. */
    static String sql(GeoEventFilter filter, Collection<UUID> onlyLocations, PageArgs.Position after, int limit,
            MapSqlParameterSource params) {
        params.addValue("businessId", TenantContext.require()).addValue("limit", limit);
        StringBuilder where = new StringBuilder("e.business_id = :businessId");
        equal(where, params, "geofence_id", "geofenceId", filter.geofenceId());
        equal(where, params, "location_id", "locationId", filter.locationId());
        equal(where, params, "customer_id", "customerId", filter.customerId());
        if (!filter.kinds().isEmpty()) {
            where.append(" and e.kind = any(:kinds)");
            params.addValue("kinds", filter.kinds().toArray(String[]::new));
        }
        if (filter.from() != null) {
            where.append(" and e.occurred_at >= :from");
            params.addValue("from", utc(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" and e.occurred_at < :to");
            params.addValue("to", utc(filter.to()));
        }
        if (onlyLocations != null) {
            where.append(" and e.location_id = any(:onlyLocations)");
            params.addValue("onlyLocations", onlyLocations.toArray(UUID[]::new));
        }
        if (after != null) {
            // The first comparison alone prunes newer partitions; the second picks up where the page ended.
            where.append(" and e.occurred_at <= :afterAt"
                    + " and (e.occurred_at < :afterAt or (e.occurred_at = :afterAt and e.id > :afterId))");
            params.addValue("afterAt", utc(after.createdAt())).addValue("afterId", after.id());
        }
        return """
                select e.id, e.business_id, e.kind, e.geofence_id, e.location_id, e.customer_id,
                       ST_Y(e.point::geometry) as latitude, ST_X(e.point::geometry) as longitude, e.accuracy_m::numeric as accuracy_m,
                       e.occurred_at, e.recorded_at
                  from geo_events e
                 where\s""" + where + " order by e.occurred_at desc, e.id limit :limit";
    }

    private static void equal(StringBuilder where, MapSqlParameterSource params, String column, String name,
            UUID value) {
        if (value != null) {
            where.append(" and e.").append(column).append(" = :").append(name);
            params.addValue(name, value);
        }
    }

    private static GeoEventView view(ResultSet rs, int row) throws SQLException {
        Number accuracy = (Number) rs.getObject("accuracy_m");
        return new GeoEventView(rs.getObject("id", UUID.class), rs.getObject("business_id", UUID.class),
                rs.getString("kind"), rs.getObject("geofence_id", UUID.class), rs.getObject("location_id", UUID.class),
                rs.getObject("customer_id", UUID.class),
                new GeoPoint(rs.getDouble("latitude"), rs.getDouble("longitude")),
                accuracy == null ? null : accuracy.doubleValue(), instant(rs, "occurred_at"), instant(rs, "recorded_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
