package com.radartracking.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.support.GraphQlClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The demo seeder leaves Café Demo with its two zones (a circle with a GeoPush, a polygon), once. */
class DemoGeofencesIT extends DemoSeedTest {

    private static final String ZONES = """
            { geofences(first: 100) { totalCount edges { node { name shape radiusMeters pushTrigger
              pushMessage { title } schedule { days from to } location { name } } } } }""";

    @Test
    void seedsTwoZonesOnce() {
        GraphQlClient graphQl = graphQl();
        String token = adminToken(graphQl);
        JsonNode before = graphQl.execute(token, ZONES).ok().data("geofences");
        assertThat(before.path("totalCount").asInt()).isEqualTo(2);
        JsonNode circle = before.path("edges").path(0).path("node");
        assertThat(circle.path("shape").asString()).isEqualTo("CIRCLE");
        assertThat(circle.path("location").path("name").asString()).isEqualTo("Café Demo Chapinero");
        assertThat(circle.path("pushMessage").path("title").asString()).contains("{{firstName}}");
        JsonNode polygon = before.path("edges").path(1).path("node");
        assertThat(polygon.path("shape").asString()).isEqualTo("POLYGON");
        assertThat(polygon.path("pushTrigger").asString()).isEqualTo("DWELL");

        seedAgain();
        assertThat(graphQl.execute(token, ZONES).ok().data("geofences")).isEqualTo(before);
    }
}
