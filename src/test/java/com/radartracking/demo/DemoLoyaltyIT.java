package com.radartracking.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.support.GraphQlClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * The demo seeder (profile "demo") leaves Café Demo with its points program, three rewards and a card with
 * points for every demo customer, and seeding again changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class DemoLoyaltyIT {

    private static final String STATE = """
            { loyaltyPrograms(includeInactive: true) { edges { node { name rewards(includeInactive: true) { name cost stock } } } }
              customers(first: 50) { edges { node { firstName loyaltyCards { balance program { name } } } } } }""";

    @LocalServerPort
    private int port;
    @Autowired
    private DemoDataSeeder seeder;
    @Autowired
    private ApplicationContext context;

    @Test
    void seedsAProgramRewardsAndCardsOnce() {
        GraphQlClient graphQl = new GraphQlClient("http://127.0.0.1:" + port);
        String token = graphQl.execute(null, "mutation($i: LoginInput!) { login(input: $i) { accessToken } }",
                Map.of("i", Map.of("email", DemoDataSeeder.ADMIN_EMAIL, "password", DemoDataSeeder.PASSWORD))).ok()
                .text("login.accessToken");
        JsonNode before = graphQl.execute(token, STATE).ok().body().path("data");
        JsonNode programs = before.path("loyaltyPrograms").path("edges");
        assertThat(programs).hasSize(1);
        assertThat(programs.path(0).path("node").path("name").asString()).isEqualTo(DemoLoyalty.PROGRAM);
        assertThat(programs.path(0).path("node").path("rewards")).hasSize(3);
        JsonNode customers = before.path("customers").path("edges");
        assertThat(customers).hasSizeGreaterThanOrEqualTo(4);
        customers.forEach(edge -> assertThat(edge.path("node").path("loyaltyCards")).hasSize(1));
        List<Integer> balances = customers.findValues("balance").stream().map(JsonNode::asInt).toList();
        assertThat(balances).anyMatch(balance -> balance >= 50);

        seeder.seed(new ApplicationReadyEvent(new org.springframework.boot.SpringApplication(), new String[0],
                (org.springframework.context.ConfigurableApplicationContext) context, java.time.Duration.ZERO));
        assertThat(graphQl.execute(token, STATE).ok().body().path("data")).isEqualTo(before);
        assertThat(context).isInstanceOf(WebServerApplicationContext.class);
    }
}
