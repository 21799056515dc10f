package com.radartracking.mobile;

import com.radartracking.geofencing.GeoFixtures;
import com.radartracking.isolation.IsolationCase;
import com.radartracking.isolation.IsolationCases;
import com.radartracking.isolation.IsolationWorld;
import com.radartracking.isolation.Planted;
import com.radartracking.support.MobileClient;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Location pings: B's customer standing in A's zone learns nothing of it (no event, no id); A's customer
 * token cannot post pings through B's app.
 */
public class GeoPingIsolationCases implements IsolationCases {

    private static final double LAT = 4.6486;
    private static final double LNG = -74.0636;

    /** A's zone (markers: its id and location) and B's customer with location consent (bKey, bToken). */
    static Planted zoneOfAAndCustomerOfB(IsolationWorld world) {
        String location = world.createLocation(world.a(), "A Geo Counter");
        UUID zone = new GeoFixtures(world.bean(JdbcTemplate.class), world.bean(PlatformTransactionManager.class))
                .circle(world.a().businessId(), location, LAT, LNG, 200, 60);
        MobileClient mobile = new MobileClient(world.graphQl());
        String aKey = mobile.createApp(world.a().adminToken(), "A Geo App");
        MobileClient.Response aCustomer = mobile.post("/enrolments", aKey, null, Map.of("firstName", "Amparo",
                "email", world.uniqueEmail("amparo"), "consents", Map.of("location", true)));
        String bKey = mobile.createApp(world.b().adminToken(), "B Geo App");
        MobileClient.Response bCustomer = mobile.post("/enrolments", bKey, null, Map.of("firstName", "Berta",
                "email", world.uniqueEmail("berta"), "consents", Map.of("location", true)));
        return new Planted(Map.of("bKey", bKey, "bToken", bCustomer.text("accessToken"),
                "aToken", aCustomer.text("accessToken")), java.util.Set.of(zone.toString(), location, "A Geo Counter"));
    }

    /** Two pings at the centre of A's zone, as now. */
    static String pingsAtTheZone(Planted planted) {
        Instant now = Instant.now();
        return "{\"pings\":[" + List.of(now.minusSeconds(20), now.minusSeconds(5)).stream()
                .map(at -> "{\"latitude\":" + LAT + ",\"longitude\":" + LNG + ",\"accuracy\":5,\"recordedAt\":\""
                        + at + "\"}").reduce((x, y) -> x + "," + y).orElseThrow() + "]}";
    }

    @Override
    public List<IsolationCase> cases() {
        String path = MobileClient.BASE + "/me/pings";
        return List.of(
                IsolationCase.named("mobile REST: POST /me/pings by B's customer in A's zone gets no event of A")
                        .plant(GeoPingIsolationCases::zoneOfAAndCustomerOfB)
                        .rest("POST", path, planted -> path, GeoPingIsolationCases::pingsAtTheZone,
                                planted -> Map.of("X-App-Key", planted.var("bKey"),
                                        "Authorization", "Bearer " + planted.var("bToken")))
                        .expectNoLeak(),
                IsolationCase.named("mobile REST: A's customer token cannot post pings with B's app key")
                        .plant(GeoPingIsolationCases::zoneOfAAndCustomerOfB)
                        .rest("POST", path, planted -> path, GeoPingIsolationCases::pingsAtTheZone,
                                planted -> Map.of("X-App-Key", planted.var("bKey"),
                                        "Authorization", "Bearer " + planted.var("aToken")))
                        .expectRefused(401));
    }
}
