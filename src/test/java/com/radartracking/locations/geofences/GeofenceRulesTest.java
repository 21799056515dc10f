package com.radartracking.locations.geofences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.radartracking.locations.geofences.GeofencePolygons.Vertex;
import com.radartracking.locations.geofences.GeofenceView.GeoPushMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Polygon;

/** The zone rules that need no database: coordinates, polygons, schedules and the GeoPush message. */
class GeofenceRulesTest {

    private static final List<Vertex> SQUARE = List.of(new Vertex(4.0, -74.0), new Vertex(4.0, -73.999),
            new Vertex(4.001, -73.999), new Vertex(4.001, -74.0));

    @Test
    void coordinatesMustBeFiniteAndInRange() {
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 90.000001, -91}) {
            assertThatThrownBy(() -> GeofencePolygons.point("center", bad, 0.0))
                    .satisfies(e -> assertThat(field(e)).isEqualTo("center.latitude"));
        }
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, 180.5, -180.000001}) {
            assertThatThrownBy(() -> GeofencePolygons.point("center", 0.0, bad))
                    .satisfies(e -> assertThat(field(e)).isEqualTo("center.longitude"));
        }
        assertThatThrownBy(() -> GeofencePolygons.point("center", null, 0.0))
                .satisfies(e -> assertThat(field(e)).isEqualTo("center.latitude"));
        assertThat(GeofencePolygons.point("center", 90.0, -180.0).getX()).isEqualTo(-180.0);
    }

    @Test
    void aPolygonIsClosedAutomaticallyAndAcceptsARepeatedFirstVertex() {
        Polygon open = GeofencePolygons.polygon(SQUARE, null);
        List<Vertex> closed = new ArrayList<>(SQUARE);
        closed.add(SQUARE.getFirst());
        Polygon explicit = GeofencePolygons.polygon(closed, List.of());
        assertThat(open.getExteriorRing().getNumPoints()).isEqualTo(5);
        assertThat(explicit.equalsExact(open)).isTrue();
    }

    @Test
    void invalidPolygonsNameTheirReason() {
        assertThat(reason(() -> GeofencePolygons.polygon(List.of(SQUARE.get(0), SQUARE.get(2), SQUARE.get(1),
                SQUARE.get(3)), null))).isEqualTo("SELF_INTERSECTION");
        assertThat(reason(() -> GeofencePolygons.polygon(SQUARE.subList(0, 2), null))).isEqualTo("VERTEX_COUNT");
        List<Vertex> many = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            double angle = 2 * Math.PI * i / 501;
            many.add(new Vertex(4 + 0.01 * Math.sin(angle), -74 + 0.01 * Math.cos(angle)));
        }
        assertThat(reason(() -> GeofencePolygons.polygon(many, null))).isEqualTo("VERTEX_COUNT");
        assertThat(GeofencePolygons.polygon(many.subList(0, 500), null).getExteriorRing().getNumPoints()).isEqualTo(501);
        assertThat(reason(() -> GeofencePolygons.polygon(List.of(new Vertex(4.0, -74.0), new Vertex(4.001, -74.0),
                new Vertex(4.002, -74.0)), null))).isIn("SELF_INTERSECTION", "ZERO_AREA", "INVALID_POLYGON");
        List<Vertex> holeOutside = List.of(new Vertex(4.01, -74.0), new Vertex(4.01, -73.9999),
                new Vertex(4.0101, -73.9999));
        assertThat(reason(() -> GeofencePolygons.polygon(SQUARE, List.of(holeOutside)))).isEqualTo("HOLE_OUTSIDE_SHELL");
        List<Vertex> inside = List.of(new Vertex(4.0004, -73.9996), new Vertex(4.0004, -73.9994),
                new Vertex(4.0006, -73.9994), new Vertex(4.0006, -73.9996));
        assertThat(GeofencePolygons.polygon(SQUARE, List.of(inside)).getNumInteriorRing()).isEqualTo(1);
        List<Vertex> nested = List.of(new Vertex(4.00045, -73.99955), new Vertex(4.00045, -73.99945),
                new Vertex(4.00055, -73.99945));
        assertThat(reason(() -> GeofencePolygons.polygon(SQUARE, List.of(inside, nested)))).isEqualTo("NESTED_HOLES");
    }

    @Test
    void scheduleWindowsNeedDaysTimesAndTwoDifferentEnds() {
        assertThat(GeofenceSchedules.window("s", List.of("SUN", "MON", "SUN"), "22:00", "06:00").days())
                .containsExactly("MON", "SUN");
        assertThat(reason(() -> GeofenceSchedules.window("s", List.of(), "08:00", "09:00"))).isEqualTo("NO_DAYS");
        assertThat(reason(() -> GeofenceSchedules.window("s", List.of("MON"), "7:00", "09:00"))).isEqualTo("INVALID_TIME");
        assertThat(reason(() -> GeofenceSchedules.window("s", List.of("MON"), "08:00", "23:60"))).isEqualTo("INVALID_TIME");
        assertThat(reason(() -> GeofenceSchedules.window("s", List.of("MON"), "08:00", "08:00"))).isEqualTo("EMPTY_WINDOW");
        assertThat(GeofenceSchedules.from(null)).isEmpty();
    }

    @Test
    void theGeoPushMessageFollowsPushRulesAndFitsFcmWithPlaceholdersAtTheirLongest() {
        GeoPushMessage message = GeoPushMessages.from(message("Hola {{ firstName }}", "2x today"));
        assertThat(message.title()).isEqualTo("Hola {{firstName}}");
        assertThat(GeoPushMessages.from(null)).isNull();
        // Fits as written (about 4,050 bytes), not once {{displayName}} (161 characters) is filled in.
        String body = "{{displayName}}" + "x".repeat(1950);
        Map<String, String> data = Map.of("k", "y".repeat(1024), "k2", "y".repeat(900));
        int asWritten = GeoPushMessages.worstCasePayloadBytes(new GeoPushMessage("t".repeat(100), "x".repeat(1965), null,
                null, data));
        assertThat(asWritten).isLessThan(GeoPushMessages.FCM_LIMIT_BYTES);
        Map<String, Object> big = message("t".repeat(100), body);
        big.put("data", List.of(Map.of("key", "k", "value", "y".repeat(1024)),
                Map.of("key", "k2", "value", "y".repeat(900))));
        assertThat(reason(() -> GeoPushMessages.from(big))).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(reason(() -> GeoPushMessages.from(message("t", "{{displayName}}" + "x".repeat(1980))))).isNull();
        assertThat(reason(() -> GeoPushMessages.from(message("{{points", "b")))).isNull();
        assertThat(reason(() -> GeoPushMessages.from(message("{{coupon}}", "b")))).isEqualTo("UNKNOWN_PLACEHOLDER");
        assertThat(reason(() -> GeoPushMessages.from(message(" ", "b")))).isEqualTo("EMPTY");
        Map<String, Object> reserved = message("t", "b");
        reserved.put("data", List.of(Map.of("key", "deepLink", "value", "x")));
        assertThat(reason(() -> GeoPushMessages.from(reserved))).isEqualTo("RESERVED_KEY");
        Map<String, Object> ftp = message("t", "b");
        ftp.put("imageUrl", "ftp://example.com/a.png");
        assertThat(reason(() -> GeoPushMessages.from(ftp))).isEqualTo("NOT_HTTPS");
    }

    private static Map<String, Object> message(String title, String body) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("title", title);
        message.put("body", body);
        return message;
    }

    /** The reason of the BAD_USER_INPUT {@code action} raises, or null when it passes. */
    private static String reason(Runnable action) {
        try {
            action.run();
            return null;
        } catch (GeofenceException e) {
            assertThat(e.extensions().get("code")).isEqualTo("BAD_USER_INPUT");
            return (String) e.extensions().get("reason");
        }
    }

    private static String field(Throwable e) {
        return (String) ((GeofenceException) e).extensions().get("field");
    }
}
