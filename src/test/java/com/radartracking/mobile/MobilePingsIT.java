package com.radartracking.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.geofencing.GeoFixtures;
import com.radartracking.support.MobileClient;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * POST /me/pings end to end: transitions in the answer and in geo_events, drops counted, and every bad
 * request refused whole with a problem document (never a 500) and no event stored.
 */
class MobilePingsIT extends MobileTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** A café in Bogotá and points north of it: 4.649454 is 95 m away, 4.649724 125 m, 4.651298 300 m. */
    static final double LAT = 4.6486;
    static final double LNG = -74.0636;

    @Autowired
    private PlatformTransactionManager transactionManager;

    private GeoFixtures geo;
    private String location;
    private UUID zone;
    private Instant clock;

    @BeforeEach
    void setUpZone() {
        geo = new GeoFixtures(jdbc, transactionManager);
        location = createLocation(business.adminToken(), "Café Centro", LAT, LNG);
        zone = geo.circle(business.businessId(), location, LAT, LNG, 100, 60);
        clock = Instant.now().minus(8, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS);
    }

    static Map<String, Object> ping(double latitude, double longitude, double accuracy, Instant at) {
        Map<String, Object> ping = new LinkedHashMap<>();
        ping.put("latitude", latitude);
        ping.put("longitude", longitude);
        ping.put("accuracy", accuracy);
        ping.put("recordedAt", at.toString());
        return ping;
    }

    private Map<String, Object> next(double latitude) {
        clock = clock.plusSeconds(20);
        return ping(latitude, LNG, 10, clock);
    }

    /** A new customer of the business with location consent; returns the token. */
    private MobileClient.Enrolled consenting(String name) {
        MobileClient.Response enrolled = mobile.post("/enrolments", appKey, null, Map.of("firstName", name,
                "email", uniqueEmail(name.toLowerCase()), "consents", Map.of("location", true)));
        assertThat(enrolled.status()).as(enrolled.raw()).isEqualTo(201);
        return new MobileClient.Enrolled(enrolled.text("customerId"), enrolled.text("accessToken"));
    }

    private MobileClient.Response post(String token, Object body) {
        return mobile.send("POST", "/me/pings", appKey, token, "application/json",
                body instanceof String raw ? raw : JSON.writeValueAsString(body));
    }

    private static List<String> kinds(MobileClient.Response response) {
        List<String> kinds = new ArrayList<>();
        for (JsonNode event : response.body().path("events")) {
            kinds.add(event.path("kind").asString());
        }
        return kinds;
    }

    @Test
    void enterDwellAndExitAreAnsweredAndStored() {
        MobileClient.Enrolled ana = consenting("Ana");
        MobileClient.Response entered = post(ana.token(), Map.of("deviceId", "phone-1", "pings",
                List.of(next(4.651298), next(LAT))));
        assertThat(entered.status()).as(entered.raw()).isEqualTo(200);
        assertThat(entered.body().path("accepted").asInt()).isEqualTo(2);
        assertThat(kinds(entered)).containsExactly("ENTER");
        assertThat(entered.body().path("events").get(0).path("geofenceId").asString()).isEqualTo(zone.toString());
        assertThat(entered.body().path("events").get(0).path("occurredAt").asString()).isEqualTo(clock.toString());

        // Jitter in the band (95 m, 112 m, 119 m) then a minute later still there: DWELL once.
        assertThat(kinds(post(ana.token(), Map.of("deviceId", "phone-1", "pings",
                List.of(next(4.649454), next(4.649607), next(4.649670), next(4.649454)))))).containsExactly("DWELL");
        assertThat(kinds(post(ana.token(), Map.of("deviceId", "phone-1", "pings", List.of(next(4.649454))))))
                .isEmpty();
        assertThat(geo.presence(business.businessId(), ana.customerId())).containsExactly(zone);
        assertThat(kinds(post(ana.token(), Map.of("deviceId", "phone-1", "pings", List.of(next(4.649724))))))
                .containsExactly("EXIT");
        assertThat(geo.events(business.businessId(), ana.customerId())).containsExactly("ENTER " + zone,
                "DWELL " + zone, "EXIT " + zone);
        assertThat(geo.presence(business.businessId(), ana.customerId())).isEmpty();
    }

    @Test
    void unsortedBatchesAreSortedAndResentPingsDropped() {
        MobileClient.Enrolled bea = consenting("Bea");
        Map<String, Object> inside = next(LAT);
        Map<String, Object> outside = next(4.651298);
        MobileClient.Response first = post(bea.token(), Map.of("pings", List.of(outside, inside)));
        assertThat(kinds(first)).as("inside then outside, whatever the order sent").containsExactly("ENTER", "EXIT");
        MobileClient.Response again = post(bea.token(), Map.of("pings", List.of(outside, inside)));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().path("accepted").asInt()).isZero();
        assertThat(again.body().path("dropped").path("outOfOrder").asInt()).isEqualTo(2);
        assertThat(kinds(again)).isEmpty();
        assertThat(geo.events(business.businessId(), bea.customerId())).hasSize(2);
    }

    @Test
    void futureStaleAndInaccuratePingsAreCountedNotEvaluated() {
        MobileClient.Enrolled cata = consenting("Cata");
        Instant now = Instant.now();
        MobileClient.Response response = post(cata.token(), Map.of("pings", List.of(
                ping(LAT, LNG, 10, now.plus(10, ChronoUnit.MINUTES)),
                ping(LAT, LNG, 10, now.minus(30, ChronoUnit.MINUTES)),
                ping(LAT, LNG, 5000, now.minusSeconds(5)))));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        assertThat(response.body().path("accepted").asInt()).isZero();
        JsonNode dropped = response.body().path("dropped");
        assertThat(dropped.path("future").asInt()).isEqualTo(1);
        assertThat(dropped.path("stale").asInt()).isEqualTo(1);
        assertThat(dropped.path("inaccurate").asInt()).isEqualTo(1);
        assertThat(dropped.path("outOfOrder").asInt()).isZero();
        assertThat(kinds(response)).isEmpty();
        assertThat(geo.events(business.businessId(), cata.customerId())).isEmpty();
        MobileClient.Response allFuture = post(cata.token(), Map.of("pings",
                List.of(ping(LAT, LNG, 10, now.plus(1, ChronoUnit.DAYS)))));
        assertThat(allFuture.status()).isEqualTo(200);
        assertThat(allFuture.body().path("dropped").path("future").asInt()).isEqualTo(1);
    }

    @Test
    void badInputIsRefusedWholeWithFieldErrors() {
        MobileClient.Enrolled dani = consenting("Dani");
        Instant at = Instant.now().minusSeconds(5);
        Map<String, Object> outOfRange = ping(91, LNG, 10, at);
        assertBadInput(post(dani.token(), Map.of("pings", List.of(ping(LAT, LNG, 10, at), outOfRange))),
                "pings[1].latitude");
        assertBadInput(post(dani.token(), Map.of("pings", List.of(ping(LAT, 180.5, 10, at)))), "pings[0].longitude");
        assertBadInput(post(dani.token(), Map.of("pings", List.of(ping(LAT, LNG, 0, at)))), "pings[0].accuracy");
        assertBadInput(post(dani.token(), "{\"pings\":[{\"latitude\":\"NaN\",\"longitude\":-74.06,\"accuracy\":5,"
                + "\"recordedAt\":\"" + at + "\"}]}"), "pings[0].latitude");
        MobileClient.Response nanLiteral = post(dani.token(), "{\"pings\":[{\"latitude\":NaN,\"longitude\":-74.06,"
                + "\"accuracy\":5,\"recordedAt\":\"" + at + "\"}]}");
        assertThat(nanLiteral.status()).as(nanLiteral.raw()).isEqualTo(400);
        assertThat(nanLiteral.contentType()).startsWith("application/problem+json");
        MobileClient.Response missing = post(dani.token(), "{\"pings\":[{\"latitude\":4.6}]}");
        assertBadInput(missing, "pings[0].longitude");
        assertThat(missing.body().path("errors").size()).isEqualTo(3);
        assertBadInput(post(dani.token(), Map.of("pings", List.of(Map.of("latitude", LAT, "longitude", LNG,
                "accuracy", 5, "recordedAt", "yesterday")))), "pings[0].recordedAt");
        assertBadInput(post(dani.token(), Map.of("pings", List.of())), "pings");
        assertBadInput(post(dani.token(), "{}"), "pings");
        assertBadInput(post(dani.token(), Map.of("deviceId", "x".repeat(201), "pings", List.of(ping(LAT, LNG, 5, at)))),
                "deviceId");
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            many.add(Map.of("latitude", 4.6, "longitude", -74.0, "accuracy", 5, "recordedAt", "2026-11-29T14:00:00Z"));
        }
        assertBadInput(post(dani.token(), Map.of("pings", many)), "pings");
        List<Map<String, Object>> flood = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            flood.add(ping(LAT, LNG, 5, at.plusMillis(i)));
        }
        assertProblem(post(dani.token(), Map.of("pings", flood)), 413, "PAYLOAD_TOO_LARGE");
        assertProblem(post(dani.token(), "not json"), 400, "BAD_REQUEST");
        assertThat(geo.events(business.businessId(), dani.customerId())).as("no event from a rejected ping").isEmpty();
    }

    private static void assertBadInput(MobileClient.Response response, String field) {
        assertProblem(response, 400, "BAD_USER_INPUT");
        assertThat(response.body().path("field").asString()).as(response.raw()).isEqualTo(field);
    }

    @Test
    void withoutLocationConsentPingsAreRefusedAndNothingIsStored() {
        MobileClient.Enrolled eli = mobile.enrolNew(appKey, "Eli", uniqueEmail("eli"));
        MobileClient.Response refused = post(eli.token(), Map.of("pings", List.of(next(LAT))));
        assertProblem(refused, 403, "FORBIDDEN");
        assertThat(refused.body().path("reason").asString()).isEqualTo("LOCATION_CONSENT_REQUIRED");
        assertThat(geo.events(business.businessId(), eli.customerId())).isEmpty();

        MobileClient.Response granted = mobile.send("PUT", "/me/consents", appKey, eli.token(), "application/json",
                "{\"location\":true}");
        assertThat(granted.status()).as(granted.raw()).isEqualTo(200);
        assertThat(kinds(post(eli.token(), Map.of("pings", List.of(next(LAT)))))).containsExactly("ENTER");
        mobile.send("PUT", "/me/consents", appKey, eli.token(), "application/json", "{\"location\":false}");
        assertProblem(post(eli.token(), Map.of("pings", List.of(next(4.651298)))), 403, "FORBIDDEN");
    }

    @Test
    void withoutACustomerTokenPingsAreUnauthenticated() {
        assertProblem(post(null, Map.of("pings", List.of(next(LAT)))), 401, "UNAUTHENTICATED");
    }

    @Test
    void aCustomerOfAnotherBusinessGetsNothingFromThisBusinessesZones() {
        var other = signUpBusiness("Other " + UUID.randomUUID().toString().substring(0, 6));
        String otherKey = mobile.createApp(other.adminToken(), "Other app");
        MobileClient.Response enrolled = mobile.post("/enrolments", otherKey, null, Map.of("firstName", "Fede",
                "email", uniqueEmail("fede"), "consents", Map.of("location", true)));
        MobileClient.Response response = mobile.send("POST", "/me/pings", otherKey, enrolled.text("accessToken"),
                "application/json", JSON.writeValueAsString(Map.of("pings", List.of(next(LAT), next(LAT)))));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        assertThat(response.body().path("accepted").asInt()).isEqualTo(2);
        assertThat(kinds(response)).isEmpty();
        assertThat(response.raw()).doesNotContain(zone.toString());
    }

    @Test
    void twoDevicesOfOneCustomerAreTrackedApart() {
        MobileClient.Enrolled gabi = consenting("Gabi");
        assertThat(kinds(post(gabi.token(), Map.of("deviceId", "phone", "pings", List.of(next(LAT))))))
                .containsExactly("ENTER");
        assertThat(kinds(post(gabi.token(), Map.of("deviceId", "tablet", "pings", List.of(next(LAT))))))
                .containsExactly("ENTER");
        assertThat(kinds(post(gabi.token(), Map.of("deviceId", "phone", "pings", List.of(next(LAT)))))).isEmpty();
    }
}
