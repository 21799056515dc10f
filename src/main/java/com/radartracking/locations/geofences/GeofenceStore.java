package com.radartracking.locations.geofences;

import com.radartracking.locations.LocationView.GeoPoint;
import com.radartracking.locations.geofences.GeofenceView.GeoPushMessage;
import com.radartracking.locations.geofences.GeofenceView.ScheduleWindow;
import com.radartracking.platform.graphql.PageArgs;
import com.radartracking.platform.tenancy.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code geofences} table in plain SQL with PostGIS: geometries travel as WKB (exact, no text rounding),
 * every statement names the business too (row-level security would filter anyway) so the
 * {@code (business_id, ...)} indexes are used. Soft-deleted zones are invisible except to
 * {@link #findIncludingDeleted}, which past events use to show the zone they happened in.
 */
@Component
class GeofenceStore {

    private static final String COLUMNS = """
            id, business_id, location_id, name, shape, ST_AsBinary(center) as center_wkb, radius_m,
            ST_AsBinary(polygon) as polygon_wkb, active, push_trigger, dwell_seconds, push_title, push_body,
            push_image_url, push_deep_link, push_data::text as push_data, cooldown_seconds, schedule::text as schedule,
            created_at, updated_at""";
    private static final String ASSIGN = """
            name = :name, shape = :shape, center = ST_GeogFromWKB(:center), radius_m = :radius,
            polygon = ST_GeogFromWKB(:polygon), active = :active, push_trigger = :pushTrigger,
            dwell_seconds = :dwell, push_title = :title, push_body = :body, push_image_url = :imageUrl,
            push_deep_link = :deepLink, push_data = cast(:data as jsonb), cooldown_seconds = :cooldown,
            schedule = cast(:schedule as jsonb), updated_at = :now""";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final RowMapper<GeofenceView> VIEW = GeofenceStore::view;

    private final NamedParameterJdbcTemplate jdbc;

    GeofenceStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A POLYGON's centroid and the distance from it to its farthest vertex, in metres on the spheroid (what
     * ST_DWithin measures). The centroid is the planar one in degrees: over a zone of at most 10 km across it
     * is within centimetres of the true one, where PostGIS's geography centroid drifts by metres.
     */
    record Measured(Point centroid, double farthestMeters) {
    }

    Measured measure(Polygon polygon) {
        Point centroid = polygon.getCentroid();
        centroid.setSRID(4326);
        Double farthest = jdbc.queryForObject("""
                select max(ST_Distance(ST_GeogFromWKB(:centroid), d.geom::geography))
                  from ST_DumpPoints(ST_GeomFromWKB(:wkb, 4326)) d""",
                new MapSqlParameterSource("wkb", wkb(polygon)).addValue("centroid", wkb(centroid)), Double.class);
        return new Measured(centroid, farthest == null ? 0 : farthest);
    }

    GeofenceView insert(UUID id, UUID locationId, GeofenceDraft draft, Instant now) {
        MapSqlParameterSource params = params(draft, now).addValue("id", id).addValue("locationId", locationId);
        return jdbc.queryForObject("""
                insert into geofences (id, business_id, location_id, name, shape, center, radius_m, polygon, active,
                                       push_trigger, dwell_seconds, push_title, push_body, push_image_url,
                                       push_deep_link, push_data, cooldown_seconds, schedule, created_at, updated_at)
                values (:id, :businessId, :locationId, :name, :shape, ST_GeogFromWKB(:center), :radius,
                        ST_GeogFromWKB(:polygon), :active, :pushTrigger, :dwell, :title, :body, :imageUrl, :deepLink,
                        cast(:data as jsonb), :cooldown, cast(:schedule as jsonb), :now, :now)
                returning\s""" + COLUMNS, params, VIEW);
    }

    GeofenceView update(UUID id, GeofenceDraft draft, Instant now) {
        return jdbc.queryForObject("update geofences set " + ASSIGN
                + " where business_id = :businessId and id = :id and deleted_at is null returning " + COLUMNS,
                params(draft, now).addValue("id", id), VIEW);
    }

    /** Marks the zone deleted; false when there was no live zone with that id. */
    boolean softDelete(UUID id, Instant now) {
        return jdbc.update("""
                update geofences set deleted_at = :now, updated_at = :now
                 where business_id = :businessId and id = :id and deleted_at is null""",
                new MapSqlParameterSource("businessId", TenantContext.require()).addValue("id", id)
                        .addValue("now", utc(now))) == 1;
    }

    /** A live zone, locked for update when {@code forUpdate}. */
    Optional<GeofenceView> find(UUID id, boolean forUpdate) {
        return jdbc.query("select " + COLUMNS + " from geofences where business_id = :businessId and id = :id"
                + " and deleted_at is null" + (forUpdate ? " for update" : ""),
                new MapSqlParameterSource("businessId", TenantContext.require()).addValue("id", id), VIEW)
                .stream().findFirst();
    }

    /** Zones by id, deleted ones included (an event keeps pointing at the zone it happened in). */
    Map<UUID, GeofenceView> findIncludingDeleted(Collection<UUID> ids) {
        Map<UUID, GeofenceView> found = new HashMap<>();
        jdbc.query("select " + COLUMNS + " from geofences where business_id = :businessId and id = any(:ids)",
                ids(ids), rs -> {
                    GeofenceView view = view(rs, 0);
                    found.put(view.id(), view);
                });
        return found;
    }

    /** The live zones of each location, oldest first (inactive ones included). */
    Map<UUID, List<GeofenceView>> byLocations(Collection<UUID> locationIds) {
        Map<UUID, List<GeofenceView>> found = new LinkedHashMap<>();
        jdbc.query("select " + COLUMNS + " from geofences where business_id = :businessId"
                + " and location_id = any(:ids) and deleted_at is null order by location_id, created_at, id",
                ids(locationIds), rs -> {
                    GeofenceView view = view(rs, 0);
                    found.computeIfAbsent(view.locationId(), id -> new ArrayList<>()).add(view);
                });
        return found;
    }

    /**
     * Which zones a list shows: of one location or all, active only or not, and for Staff only those at
     * {@code onlyLocations} (null: no such restriction).
     */
    record Filter(UUID locationId, boolean includeInactive, Collection<UUID> onlyLocations) {
    }

    List<GeofenceView> page(Filter filter, PageArgs page) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        StringBuilder where = where(filter, params);
        PageArgs.Position after = page.position();
        if (after != null) {
            where.append(" and (created_at, id) > (:afterCreatedAt, :afterId)");
            params.addValue("afterCreatedAt", utc(after.createdAt())).addValue("afterId", after.id());
        }
        params.addValue("limit", page.first() + 1);
        return jdbc.query("select " + COLUMNS + " from geofences where " + where + " order by created_at, id limit :limit",
                params, VIEW);
    }

    int count(Filter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        Integer count = jdbc.queryForObject("select count(*) from geofences where " + where(filter, params), params,
                Integer.class);
        return count == null ? 0 : count;
    }

    private static StringBuilder where(Filter filter, MapSqlParameterSource params) {
        params.addValue("businessId", TenantContext.require());
        StringBuilder where = new StringBuilder("business_id = :businessId and deleted_at is null");
        if (filter.locationId() != null) {
            where.append(" and location_id = :locationId");
            params.addValue("locationId", filter.locationId());
        }
        if (!filter.includeInactive()) {
            where.append(" and active");
        }
        if (filter.onlyLocations() != null) {
            where.append(" and location_id = any(:onlyLocations)");
            params.addValue("onlyLocations", filter.onlyLocations().toArray(UUID[]::new));
        }
        return where;
    }

    private static MapSqlParameterSource params(GeofenceDraft draft, Instant now) {
        GeoPushMessage message = draft.pushMessage();
        return new MapSqlParameterSource("businessId", TenantContext.require())
                .addValue("name", draft.name())
                .addValue("shape", draft.shape())
                .addValue("center", wkb(draft.center()))
                .addValue("radius", draft.radiusMeters())
                .addValue("polygon", draft.polygon() == null ? null : wkb(draft.polygon()), java.sql.Types.BINARY)
                .addValue("active", draft.active())
                .addValue("pushTrigger", draft.pushTrigger())
                .addValue("dwell", draft.dwellSeconds())
                .addValue("title", message == null ? null : message.title(), java.sql.Types.VARCHAR)
                .addValue("body", message == null ? null : message.body(), java.sql.Types.VARCHAR)
                .addValue("imageUrl", message == null ? null : message.imageUrl(), java.sql.Types.VARCHAR)
                .addValue("deepLink", message == null ? null : message.deepLink(), java.sql.Types.VARCHAR)
                .addValue("data", JSON.writeValueAsString(message == null ? Map.of() : message.dataMap()))
                .addValue("cooldown", draft.cooldownSeconds())
                .addValue("schedule", JSON.writeValueAsString(draft.schedule()))
                .addValue("now", utc(now));
    }

    private static MapSqlParameterSource ids(Collection<UUID> ids) {
        return new MapSqlParameterSource("businessId", TenantContext.require())
                .addValue("ids", ids.toArray(UUID[]::new));
    }

    private static GeofenceView view(ResultSet rs, int row) throws SQLException {
        Point center = (Point) geometry(rs.getBytes("center_wkb"));
        byte[] polygonWkb = rs.getBytes("polygon_wkb");
        List<GeoPoint> shell = null;
        List<List<GeoPoint>> holes = List.of();
        if (polygonWkb != null) {
            Polygon polygon = (Polygon) geometry(polygonWkb);
            shell = ring(polygon.getExteriorRing());
            List<List<GeoPoint>> inner = new ArrayList<>();
            for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
                inner.add(ring(polygon.getInteriorRingN(i)));
            }
            holes = List.copyOf(inner);
        }
        String title = rs.getString("push_title");
        GeoPushMessage message = title == null ? null : new GeoPushMessage(title, rs.getString("push_body"),
                rs.getString("push_image_url"), rs.getString("push_deep_link"),
                JSON.readValue(rs.getString("push_data"), new TypeReference<LinkedHashMap<String, String>>() { }));
        List<ScheduleWindow> schedule = Arrays.asList(JSON.readValue(rs.getString("schedule"), ScheduleWindow[].class));
        return new GeofenceView(rs.getObject("id", UUID.class), rs.getObject("business_id", UUID.class),
                rs.getObject("location_id", UUID.class), rs.getString("name"), rs.getString("shape"),
                new GeoPoint(center.getY(), center.getX()), rs.getInt("radius_m"), shell, holes,
                rs.getBoolean("active"), rs.getString("push_trigger"), rs.getInt("dwell_seconds"), message,
                rs.getInt("cooldown_seconds"), List.copyOf(schedule), instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    /** A ring's vertices without the closing one. */
    private static List<GeoPoint> ring(LinearRing ring) {
        Coordinate[] coordinates = ring.getCoordinates();
        List<GeoPoint> points = new ArrayList<>(coordinates.length - 1);
        for (int i = 0; i < coordinates.length - 1; i++) {
            points.add(new GeoPoint(coordinates[i].y, coordinates[i].x));
        }
        return List.copyOf(points);
    }

    private static byte[] wkb(Geometry geometry) {
        return new WKBWriter(2).write(geometry);
    }

    private static Geometry geometry(byte[] wkb) {
        try {
            Geometry geometry = new WKBReader(GeofencePolygons.WGS84).read(wkb);
            geometry.setSRID(4326);
            return geometry;
        } catch (ParseException e) {
            throw new IllegalStateException("PostGIS returned unreadable WKB", e);
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
