package com.radartracking.geofencing.pings;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.geofencing.GeoFixtures;
import com.radartracking.geofencing.LocationPings.Ping;
import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.support.ApiIntegrationTest;
import com.radartracking.support.TenantFixture;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The lookup against real PostGIS: agreement with an independent great-circle computation, polygons with
 * holes, and the plan (the GiST index, never a sequential scan of geofences).
 */
class ZoneLookupIT extends ApiIntegrationTest {

    @Autowired
    private ZoneLookup lookup;

    @Autowired
    private GeoProperties properties;

    @Autowired
    private PlatformTransactionManager transactionManager;

    @Autowired
    private NamedParameterJdbcTemplate named;

    @Value("${spring.datasource.url}")
    private String url;

    @Value("${spring.flyway.user}")
    private String owner;

    @Value("${spring.flyway.password}")
    private String ownerPassword;

    private record Circle(UUID id, double lat, double lng, int radius) {
    }

    private List<List<ZoneReading>> near(UUID business, List<Ping> pings) {
        return TenantContext.callAs(business, () -> new TransactionTemplate(transactionManager)
                .execute(status -> lookup.near(business, pings)));
    }

    /** The point {@code distance} metres from (lat, lng) at {@code bearing} radians, on the sphere. */
    private static double[] destination(double lat, double lng, double bearing, double distance) {
        double delta = distance / LiteralZones.EARTH_RADIUS;
        double phi1 = Math.toRadians(lat);
        double lambda1 = Math.toRadians(lng);
        double phi2 = Math.asin(Math.sin(phi1) * Math.cos(delta) + Math.cos(phi1) * Math.sin(delta) * Math.cos(bearing));
        double lambda2 = lambda1 + Math.atan2(Math.sin(bearing) * Math.sin(delta) * Math.cos(phi1),
                Math.cos(delta) - Math.sin(phi1) * Math.sin(phi2));
        return new double[] {Math.toDegrees(phi2), (Math.toDegrees(lambda2) + 540) % 360 - 180};
    }

    /**
     * 60 random circles (radius 50 m to 5 km, latitudes -60..60, all longitudes) and 100 random points
     * around each, up to 1.5 × (radius + buffer) from its centre: 6,000 points, each read against every
     * zone by the lookup (in batches of 100, as the service sends them) and by the haversine formula on the
     * mean-radius sphere. PostGIS measures on the WGS 84 spheroid, which differs from the sphere by up to
     * about 0.5%: points within 0.6% (+ 0.5 m) of the radius or of the exit distance are not compared;
     * everywhere else the two must agree exactly (inside, and returned = within radius + buffer).
     */
    @Test
    void agreesWithAGreatCircleComputationOnRandomPoints() {
        TenantFixture tenant = signUpBusiness("Random Zones");
        String location = createLocation(tenant.adminToken(), "Anywhere", 0, 0);
        GeoFixtures geo = new GeoFixtures(jdbc, transactionManager);
        Random random = new Random(20261129);
        List<Circle> circles = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            double lat = -60 + 120 * random.nextDouble();
            double lng = -180 + 360 * random.nextDouble();
            int radius = 50 + random.nextInt(4951);
            circles.add(new Circle(geo.circle(tenant.businessId(), location, lat, lng, radius, 300), lat, lng, radius));
        }
        List<Ping> points = new ArrayList<>();
        for (Circle circle : circles) {
            double reach = circle.radius() + properties.bufferFor(circle.radius());
            for (int i = 0; i < 100; i++) {
                double[] p = destination(circle.lat(), circle.lng(), 2 * Math.PI * random.nextDouble(),
                        1.5 * reach * Math.sqrt(random.nextDouble()));
                points.add(new Ping(p[0], p[1], 5, Instant.now(), null));
            }
        }
        int compared = 0;
        int insideCompared = 0;
        int excluded = 0;
        List<String> disagreements = new ArrayList<>();
        for (int from = 0; from < points.size(); from += 100) {
            List<Ping> batch = points.subList(from, from + 100);
            List<List<ZoneReading>> readings = near(tenant.businessId(), batch);
            for (int i = 0; i < batch.size(); i++) {
                Map<UUID, ZoneReading> byZone = new HashMap<>();
                readings.get(i).forEach(reading -> byZone.put(reading.zoneId(), reading));
                Ping ping = batch.get(i);
                for (Circle circle : circles) {
                    double d = LiteralZones.haversine(circle.lat(), circle.lng(), ping.latitude(), ping.longitude());
                    double exit = circle.radius() + properties.bufferFor(circle.radius());
                    double tolerance = 0.006 * d + 0.5;
                    if (Math.abs(d - circle.radius()) <= tolerance || Math.abs(d - exit) <= tolerance) {
                        excluded++;
                        continue;
                    }
                    compared++;
                    ZoneReading reading = byZone.get(circle.id());
                    boolean returned = reading != null;
                    boolean inside = returned && reading.inside();
                    if (returned != d <= exit || inside != d <= circle.radius()) {
                        disagreements.add(String.format("zone %s r=%d point (%f, %f) haversine %.2f m: returned %s "
                                + "inside %s", circle.id(), circle.radius(), ping.latitude(), ping.longitude(), d,
                                returned, inside));
                    }
                    if (d <= circle.radius()) {
                        insideCompared++;
                    }
                }
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(insideCompared).as("points compared inside a zone").isGreaterThan(1500);
        assertThat(compared).isGreaterThan(300_000);
        assertThat(excluded).as("points too close to an edge to compare").isLessThan(points.size() / 10);
    }

    @Test
    void aPointInAPolygonsHoleIsOutside() {
        TenantFixture tenant = signUpBusiness("Plaza");
        String location = createLocation(tenant.adminToken(), "Plaza", 4.6486, -74.0636);
        // A 200 m square around (4.6486, -74.0636) with a 60 m square hole in the middle (lng lat order).
        UUID plaza = new GeoFixtures(jdbc, transactionManager).polygon(tenant.businessId(), location, """
                POLYGON((-74.064502 4.647701, -74.062698 4.647701, -74.062698 4.649499, -74.064502 4.649499,
                -74.064502 4.647701), (-74.063871 4.648330, -74.063329 4.648330, -74.063329 4.648870,
                -74.063871 4.648870, -74.063871 4.648330))""", 300);
        List<Ping> pings = List.of(new Ping(4.6486, -74.0636, 5, Instant.now(), null),   // hole centre
                new Ping(4.6486, -74.062968, 5, Instant.now(), null),                    // ring, 70 m east
                new Ping(4.6486, -74.063447, 5, Instant.now(), null),                    // hole, 13 m from its edge
                new Ping(4.6486, -74.062608, 5, Instant.now(), null),                    // 10 m outside the shell
                new Ping(4.6486, -74.062248, 5, Instant.now(), null));                   // 50 m outside the shell
        List<List<ZoneReading>> readings = near(tenant.businessId(), pings);
        assertThat(readings.get(0)).singleElement().satisfies(r -> {
            assertThat(r.zoneId()).isEqualTo(plaza);
            assertThat(r.inside()).isFalse();
            assertThat(r.beyondExit()).as("30 m from the ring, buffer 20 m").isTrue();
        });
        assertThat(readings.get(1)).singleElement().satisfies(r -> assertThat(r.inside()).isTrue());
        assertThat(readings.get(2)).singleElement().satisfies(r -> {
            assertThat(r.inside()).isFalse();
            assertThat(r.beyondExit()).isFalse();
        });
        assertThat(readings.get(3)).singleElement().satisfies(r -> {
            assertThat(r.inside()).isFalse();
            assertThat(r.beyondExit()).isFalse();
        });
        assertThat(readings.get(4)).allSatisfy(r -> assertThat(r.beyondExit()).isTrue());
    }

    /**
     * 20,000 zones in two businesses with fresh statistics: the lookup (one ping and a batch of 100, with
     * custom and generic plans, as a prepared statement gets after five runs) reads geofences through
     * geofences_lookup_gix (its spatial condition an index condition) and never scans it. The statement is
 * the one inside geofence_lookup (read from pg_proc), explained as the owner, like the function runs.
     */
    @Test
    void theLookupUsesTheGistIndex() throws Exception {
        TenantFixture a = signUpBusiness("Many Zones A");
        TenantFixture b = signUpBusiness("Many Zones B");
        for (TenantFixture tenant : List.of(a, b)) {
            String location = createLocation(tenant.adminToken(), "Somewhere", 4.6, -74.1);
            TenantContext.runAs(tenant.businessId(), () -> new TransactionTemplate(transactionManager)
                    .executeWithoutResult(status -> jdbc.update("""
                            INSERT INTO geofences (id, business_id, location_id, name, shape, center, radius_m)
                            SELECT gen_random_uuid(), ?, ?::uuid, 'Zone ' || g, 'CIRCLE',
                                   ST_SetSRID(ST_MakePoint(-80 + 10 * random(), 10 * random()), 4326)::geography,
                                   50 + (random() * 4950)::int
                            FROM generate_series(1, 10000) g""", tenant.businessId(), location)));
        }
        try (Connection asOwner = DriverManager.getConnection(url, owner, ownerPassword);
                Statement statement = asOwner.createStatement()) {
            statement.execute("ANALYZE geofences");
            // The statement geofence_lookup runs, as deployed, prepared as the owner (like the definer).
            String source = jdbc.queryForObject("SELECT prosrc FROM pg_proc WHERE proname = 'geofence_lookup'",
                    String.class);
            String inner = source.substring(source.indexOf("RETURN QUERY") + "RETURN QUERY".length(),
                    source.lastIndexOf(';'));
            String[] parameters = {"p_business", "p_ords", "p_lngs", "p_lats", "p_bound", "p_min_buffer", "p_ratio"};
            for (int i = 0; i < parameters.length; i++) {
                inner = inner.replaceAll("\\b" + parameters[i] + "\\b", "\\$" + (i + 1));
            }
            Random random = new Random(7);
            for (String mode : List.of("auto", "force_generic_plan")) {
                statement.execute("SET plan_cache_mode = " + mode);
                statement.execute("PREPARE lookup_" + mode + "(uuid, int[], float8[], float8[], float8, float8, float8) AS "
                        + inner);
                for (int size : new int[] {1, 100}) {
                    StringBuilder ords = new StringBuilder();
                    StringBuilder lngs = new StringBuilder();
                    StringBuilder lats = new StringBuilder();
                    for (int i = 0; i < size; i++) {
                        String separator = i == 0 ? "" : ",";
                        ords.append(separator).append(i);
                        lngs.append(separator).append(-80 + 10 * random.nextDouble());
                        lats.append(separator).append(10 * random.nextDouble());
                    }
                    List<String> lines = new ArrayList<>();
                    // Six runs: a prepared statement may switch to its generic plan after five.
                    for (int run = 0; run < 6; run++) {
                        lines.clear();
                        try (var plan = statement.executeQuery(String.format(java.util.Locale.ROOT, "EXPLAIN EXECUTE lookup_%s('%s', '{%s}', "
                                + "'{%s}', '{%s}', %f, %f, %f)", mode, a.businessId(), ords, lngs, lats,
                                properties.lookupBoundMeters(), properties.hysteresisMinMeters(),
                                properties.hysteresisRatio()))) {
                            while (plan.next()) {
                                lines.add(plan.getString(1));
                            }
                        }
                    }
                    assertThat(String.join("\n", lines)).as("plan for %d pings, %s", size, mode)
                            .contains("geofences_lookup_gix").contains("center && _st_expand")
                            .doesNotContain("Seq Scan on geofences");
                }
            }
        }
    }

    @Test
    void theLookupAnswersOnlyForTheTransactionsOwnBusiness() {
        TenantFixture a = signUpBusiness("Lookup A");
        TenantFixture b = signUpBusiness("Lookup B");
        String location = createLocation(a.adminToken(), "A", 4.6486, -74.0636);
        new GeoFixtures(jdbc, transactionManager).circle(a.businessId(), location, 4.6486, -74.0636, 100, 300);
        List<Ping> here = List.of(new Ping(4.6486, -74.0636, 5, Instant.now(), null));
        assertThat(near(a.businessId(), here).getFirst()).hasSize(1);
        // B's transaction asking for A's zones by id gets nothing: the function applies the tenant itself.
        List<List<ZoneReading>> asB = TenantContext.callAs(b.businessId(), () -> new TransactionTemplate(
                transactionManager).execute(status -> lookup.near(a.businessId(), here)));
        assertThat(asB.getFirst()).isEmpty();
    }
}
