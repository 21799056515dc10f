package com.radartracking.geofencing.pings;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.geofencing.GeofenceTransition.Kind;
import com.radartracking.geofencing.LocationPings.Ping;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The presence diff with literal coordinates around (4.6486, -74.0636) in Bogotá. Distances north of the
 * centre on the sphere: 4.649454 = 95 m, 4.649481 = 98 m, 4.649544 = 105 m, 4.649607 = 112 m,
 * 4.649634 = 115 m, 4.649670 = 119 m, 4.649724 = 125 m, 4.649769 = 130 m. A 100 m circle exits beyond
 * 120 m (buffer max(20 m, 10%)).
 */
class TransitionRulesTest {

    private static final GeoProperties GEO = GeoTestProperties.DEFAULTS;
    private static final double LNG = -74.0636;
    private static final Instant T0 = Instant.parse("2026-11-29T14:00:00Z");

    private final UUID cafe = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    private final LiteralZones.Zone circle = LiteralZones.circle(cafe, 4.6486, LNG, 100, 300, GEO);
    private final Map<UUID, Presence> presence = new HashMap<>();
    private int second;

    private List<Kind> ping(LiteralZones.Zone zone, double lat, double lng, double accuracy) {
        Ping ping = new Ping(lat, lng, accuracy, T0.plusSeconds(second), null);
        second += 30;
        return TransitionRules.apply(ping, List.of(zone.read(lat, lng)), presence).stream()
                .map(TransitionRules.Decided::kind).toList();
    }

    @Test
    void entersInsideAndExitsOnlyBeyondRadiusPlusBuffer() {
        assertThat(ping(circle, 4.6486, LNG, 10)).containsExactly(Kind.ENTER);
        assertThat(ping(circle, 4.649544, LNG, 10)).as("105 m: in the band").isEmpty();
        assertThat(ping(circle, 4.649670, LNG, 10)).as("119 m: still in the band").isEmpty();
        assertThat(presence).containsKey(cafe);
        assertThat(ping(circle, 4.649724, LNG, 10)).as("125 m: beyond 120 m").containsExactly(Kind.EXIT);
        assertThat(presence).isEmpty();
        assertThat(ping(circle, 4.649769, LNG, 10)).as("still outside").isEmpty();
    }

    @Test
    void jitterAcrossTheEdgeDoesNotFlap() {
        List<Kind> all = new ArrayList<>();
        double[] jitter = {4.649454, 4.649607, 4.649481, 4.649634, 4.649454, 4.649670, 4.649481, 4.649544};
        for (int round = 0; round < 5; round++) {
            for (double lat : jitter) {
                all.addAll(ping(circle, lat, LNG, 8));
            }
        }
        assertThat(all).containsExactly(Kind.ENTER, Kind.DWELL);
    }

    @Test
    void outsideInTheBandNeverEnters() {
        assertThat(ping(circle, 4.649544, LNG, 5)).isEmpty();
        assertThat(ping(circle, 4.649670, LNG, 5)).isEmpty();
        assertThat(presence).isEmpty();
    }

    @Test
    void aPingLessAccurateThanTheRadiusDecidesNothingForThatZone() {
        assertThat(ping(circle, 4.6486, LNG, 150)).as("150 m accuracy on a 100 m zone").isEmpty();
        assertThat(ping(circle, 4.6486, LNG, 100)).containsExactly(Kind.ENTER);
        assertThat(ping(circle, 4.651298, LNG, 400)).as("300 m away but 400 m accuracy").isEmpty();
        assertThat(presence).containsKey(cafe);
        assertThat(ping(circle, 4.651298, LNG, 40)).containsExactly(Kind.EXIT);
    }

    @Test
    void dwellOncePerStayAfterTheZonesDwellTimeInDeviceTime() {
        List<Kind> all = new ArrayList<>();
        for (int i = 0; i < 20; i++) { // 30 s apart: 0 .. 570 s
            all.addAll(ping(circle, 4.649454, LNG, 10));
        }
        assertThat(all).containsExactly(Kind.ENTER, Kind.DWELL);
        assertThat(presence.get(cafe).enteredAt()).isEqualTo(T0);
        assertThat(presence.get(cafe).dwellEmitted()).isTrue();
        assertThat(ping(circle, 4.651298, LNG, 10)).containsExactly(Kind.EXIT);
        all.clear();
        for (int i = 0; i < 11; i++) {
            all.addAll(ping(circle, 4.6486, LNG, 10));
        }
        assertThat(all).as("a new stay dwells again").containsExactly(Kind.ENTER, Kind.DWELL);
    }

    @Test
    void polygonWithAHoleTreatsTheHoleAsOutside() {
        // A 200 m square centred on (4.6486, -74.0636) with a 60 m square hole in its middle.
        double[][] shell = {{4.647701, -74.064502}, {4.647701, -74.062698}, {4.649499, -74.062698},
                {4.649499, -74.064502}};
        double[][][] hole = {{{4.648330, -74.063871}, {4.648330, -74.063329}, {4.648870, -74.063329},
                {4.648870, -74.063871}}};
        UUID plaza = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
        LiteralZones.Zone zone = LiteralZones.polygon(plaza, shell, hole, 600, GEO);
        assertThat(ping(zone, 4.6486, LNG, 5)).as("centre of the hole, 30 m from the ring").isEmpty();
        assertThat(ping(zone, 4.6486, -74.062968, 5)).as("70 m east: in the ring").containsExactly(Kind.ENTER);
        assertThat(ping(zone, 4.6486, -74.063447, 5)).as("in the hole, 13 m from its edge: the band").isEmpty();
        assertThat(presence).containsKey(plaza);
        assertThat(ping(zone, 4.6486, LNG, 5)).as("back to the hole's centre: beyond the buffer")
                .containsExactly(Kind.EXIT);
    }

    @Test
    void aZoneNoLongerLiveEndsTheStaySilently() {
        assertThat(ping(circle, 4.6486, LNG, 10)).containsExactly(Kind.ENTER);
        Ping later = new Ping(4.6486, LNG, 10, T0.plusSeconds(60), null);
        assertThat(TransitionRules.apply(later, List.of(ZoneReading.gone(cafe)), presence)).isEmpty();
        assertThat(presence).isEmpty();
    }
}
