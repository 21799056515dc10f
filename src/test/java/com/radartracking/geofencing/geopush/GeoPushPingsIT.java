package com.radartracking.geofencing.geopush;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.support.MobileClient;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole way from the customer's app: pings over HTTP enter a zone, the ENTER is stored and its GeoPush
 * queued in the same request, to the device the app registered; leaving and coming back within the cooldown
 * is recorded as COOLDOWN and sends nothing.
 */
class GeoPushPingsIT extends GeoPushTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The zone's centre (GeoPushTestSupport); 4.603 is about 330 m north of it, outside its 100 m. */
    private static final double INSIDE = 4.6;
    private static final double OUTSIDE = 4.603;
    private static final double LNG = -74.08;

    private Instant clock = Instant.now().minus(8, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MILLIS);

    private Map<String, Object> next(double latitude) {
        clock = clock.plusSeconds(20);
        Map<String, Object> ping = new LinkedHashMap<>();
        ping.put("latitude", latitude);
        ping.put("longitude", LNG);
        ping.put("accuracy", 10);
        ping.put("recordedAt", clock.toString());
        return ping;
    }

    private static List<String> kinds(MobileClient.Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        List<String> kinds = new ArrayList<>();
        for (JsonNode event : response.body().path("events")) {
            kinds.add(event.path("kind").asString());
        }
        return kinds;
    }

    @Test
    void pingsThatEnterAZoneQueueItsGeoPushForTheRegisteredDevice() {
        business("Ping Café");
        UUID zone = zone(GeoPushTestSupport.Zone.enter());
        MobileClient mobile = new MobileClient(graphQl);
        String appKey = mobile.createApp(tenant.adminToken(), "Ping Café App");
        MobileClient.Response enrolled = mobile.post("/enrolments", appKey, null, Map.of("firstName", "Ana",
                "email", uniqueEmail("ana"), "consents", Map.of("push", true, "location", true)));
        assertThat(enrolled.status()).as(enrolled.raw()).isEqualTo(201);
        UUID ana = UUID.fromString(enrolled.text("customerId"));
        String token = enrolled.text("accessToken");
        MobileClient.Response device = mobile.send("PUT", "/me/devices", appKey, token, "application/json",
                "{\"token\":\"geo-push-token\",\"platform\":\"ANDROID\",\"locale\":\"es-CO\"}");
        assertThat(device.status()).as(device.raw()).isEqualTo(201);

        MobileClient.Response entered = mobile.send("POST", "/me/pings", appKey, token, "application/json",
                JSON.writeValueAsString(Map.of("deviceId", "phone-1", "pings", List.of(next(OUTSIDE), next(INSIDE)))));
        assertThat(kinds(entered)).containsExactly("ENTER");

        List<Map<String, Object>> notifications = notifications(ana);
        assertThat(notifications).hasSize(1);
        assertThat(notifications.getFirst().get("title")).isEqualTo("Hola Ana");
        assertThat(notifications.getFirst().get("device_token_id")).isEqualTo(UUID.fromString(device.text("id")));
        assertThat(outcomes(zone, ana)).containsExactly("SENT");
        assertThat(count("""
                select count(*) from geo_pushes g join geo_events e on e.id = g.geo_event_id
                 where g.customer_id = ? and e.kind = 'ENTER' and g.trigger = 'ENTER'""", ana)).isEqualTo(1);

        // Out and back in within the cooldown: a second ENTER, recorded as COOLDOWN, nothing more sent.
        assertThat(kinds(mobile.send("POST", "/me/pings", appKey, token, "application/json",
                JSON.writeValueAsString(Map.of("deviceId", "phone-1", "pings", List.of(next(OUTSIDE), next(INSIDE)))))))
                .containsExactly("EXIT", "ENTER");
        assertThat(outcomes(zone, ana)).containsExactly("SENT", "COOLDOWN");
        assertThat(notifications(ana)).hasSize(1);
        assertThat(skipReasons(ana)).containsExactly("COOLDOWN");
    }
}
