package com.radartracking.demo;

import com.radartracking.support.GraphQlClient;
import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The app started with the demo profile, so the seeder has run once: the demo ITs read what it left
 * through the API as the demo Admin, seed again as a second start would, and read again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
abstract class DemoSeedTest {

    @LocalServerPort
    private int port;
    @Autowired
    private DemoDataSeeder seeder;
    @Autowired
    protected ConfigurableApplicationContext context;

    protected GraphQlClient graphQl() {
        return new GraphQlClient("http://127.0.0.1:" + port);
    }

    /** An access token of the demo business's Admin. */
    protected String adminToken(GraphQlClient graphQl) {
        return graphQl.execute(null, "mutation($i: LoginInput!) { login(input: $i) { accessToken } }",
                Map.of("i", Map.of("email", DemoDataSeeder.ADMIN_EMAIL, "password", DemoDataSeeder.PASSWORD))).ok()
                .text("login.accessToken");
    }

    /** Runs the seeder again, as the next start of the app would. */
    protected void seedAgain() {
        seeder.seed(new ApplicationReadyEvent(new SpringApplication(), new String[0], context, Duration.ZERO));
    }
}
