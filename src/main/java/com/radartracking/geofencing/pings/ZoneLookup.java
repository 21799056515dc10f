package com.radartracking.geofencing.pings;

import com.radartracking.geofencing.LocationPings.Ping;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads a batch of pings against the business's live zones in one statement, {@code geofence_lookup} (a
 * definer function: under row-level security PostGIS's non-leakproof operators cannot use the index; the
 * function applies the tenant itself). The distance filter inside repeats itself on purpose: {@code ST_DWithin(center, p, :bound)} with a constant bound is what lets the GiST
 * index {@code geofences_lookup_gix (business_id, center)} answer it (a per-row radius alone makes
 * PostgreSQL scan every zone, ../shared/TOOLCHAIN.md); the per-row {@code radius + buffer} then keeps only
 * zones close enough to matter. Geography throughout (metres on the spheroid); polygons use their own
 * shape ({@code ST_Covers}: a point in a hole is outside), circles their radius.
 */
@Component
class ZoneLookup {

    /** One statement per batch: the definer function geofence_lookup (see its migration for why). */
    static final String LOOKUP = """
            SELECT ord, id, location_id, radius_m, dwell_seconds, inside, beyond
            FROM geofence_lookup(:business, CAST(:ords AS int[]), CAST(:lngs AS float8[]), CAST(:lats AS float8[]),
                                 :bound, :minBuffer, :ratio)
            """;

    private static final String BY_ID = """
            SELECT id, location_id, radius_m, dwell_seconds FROM geofences
            WHERE business_id = :business AND id = ANY(CAST(:ids AS uuid[])) AND active AND deleted_at IS NULL
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final GeoProperties properties;

    ZoneLookup(NamedParameterJdbcTemplate jdbc, GeoProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** For each ping (same order), the zones it is near, inside or in the band of. */
    List<List<ZoneReading>> near(UUID businessId, List<Ping> pings) {
        int[] ords = new int[pings.size()];
        double[] lngs = new double[pings.size()];
        double[] lats = new double[pings.size()];
        for (int i = 0; i < pings.size(); i++) {
            ords[i] = i;
            lngs[i] = pings.get(i).longitude();
            lats[i] = pings.get(i).latitude();
        }
        List<List<ZoneReading>> readings = new ArrayList<>();
        pings.forEach(ping -> readings.add(new ArrayList<>()));
        jdbc.query(LOOKUP, parameters(businessId, ords, lngs, lats), row -> {
            readings.get(row.getInt("ord")).add(ZoneReading.near(row.getObject("id", UUID.class),
                    row.getObject("location_id", UUID.class), row.getInt("radius_m"), row.getInt("dwell_seconds"),
                    row.getBoolean("inside"), row.getBoolean("beyond")));
        });
        return readings;
    }

    MapSqlParameterSource parameters(UUID businessId, int[] ords, double[] lngs, double[] lats) {
        return new MapSqlParameterSource("business", businessId).addValue("ords", ords).addValue("lngs", lngs)
                .addValue("lats", lats).addValue("bound", properties.lookupBoundMeters())
                .addValue("minBuffer", properties.hysteresisMinMeters()).addValue("ratio", properties.hysteresisRatio());
    }

    /** The live zones among {@code ids} (zones the device is in that no ping came near), by id. */
    Map<UUID, ZoneReading> farAway(UUID businessId, Collection<UUID> ids) {
        Map<UUID, ZoneReading> live = new HashMap<>();
        jdbc.query(BY_ID, new MapSqlParameterSource("business", businessId).addValue("ids",
                ids.stream().map(UUID::toString).toArray(String[]::new)),
                row -> {
                    UUID id = row.getObject("id", UUID.class);
                    live.put(id, ZoneReading.far(id, row.getObject("location_id", UUID.class), row.getInt("radius_m"),
                            row.getInt("dwell_seconds")));
                });
        return live;
    }
}
