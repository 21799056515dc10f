package com.radartracking.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.support.GraphQlClient;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/** The demo seeder leaves Café Demo with its two zones (a circle with a GeoPush, a polygon), once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class DemoGeofencesIT {

    private static final String ZONES = """
            { geofences(first: 100) { totalCount edges { node { name shape radiusMeters pushTrigger
              pushMessage { title } schedule { days from to } location { name } } } } }""";

    @LocalServerPort
    private int port;
    @Autowired
    private DemoDataSeeder seeder;
    @Autowired
    private ApplicationContext context;

    @Test
    void seedsTwoZonesOnce() {
        GraphQlClient graphQl = new GraphQlClient("http://127.0.0.1:" + port);
        String token = graphQl.execute(null, "mutation($i: LoginInput!) { login(input: $i) { accessToken } }",
                Map.of("i", Map.of("email", DemoDataSeeder.ADMIN_EMAIL, "password", DemoDataSeeder.PASSWORD))).ok()
                .text("login.accessToken");
        JsonNode before = graphQl.execute(token, ZONES).ok().data("geofences");
        assertThat(before.path("totalCount").asInt()).isEqualTo(2);
        JsonNode circle = before.path("edges").path(0).path("node");
        assertThat(circle.path("shape").asString()).isEqualTo("CIRCLE");
        assertThat(circle.path("location").path("name").asString()).isEqualTo("Café Demo Chapinero");
        assertThat(circle.path("pushMessage").path("title").asString()).contains("{{firstName}}");
        JsonNode polygon = before.path("edges").path(1).path("node");
        assertThat(polygon.path("shape").asString()).isEqualTo("POLYGON");
        assertThat(polygon.path("pushTrigger").asString()).isEqualTo("DWELL");

        seeder.seed(new ApplicationReadyEvent(new org.springframework.boot.SpringApplication(), new String[0],
                (ConfigurableApplicationContext) context, java.time.Duration.ZERO));
        assertThat(graphQl.execute(token, ZONES).ok().data("geofences")).isEqualTo(before);
    }
}
