package com.radartracking.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.support.GraphQlClient;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The demo seeder (profile "demo") leaves Café Demo with its points program, three rewards and a card with
 * points for every demo customer, and seeding again changes nothing.
 */
class DemoLoyaltyIT extends DemoSeedTest {

    private static final String STATE = """
            { loyaltyPrograms(includeInactive: true) { edges { node { name rewards(includeInactive: true) { name cost stock } } } }
              customers(first: 50) { edges { node { firstName loyaltyCards { balance program { name } } } } } }""";

    @Test
    void seedsAProgramRewardsAndCardsOnce() {
        GraphQlClient graphQl = graphQl();
        String token = adminToken(graphQl);
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

        seedAgain();
        assertThat(graphQl.execute(token, STATE).ok().body().path("data")).isEqualTo(before);
        assertThat(context).isInstanceOf(WebServerApplicationContext.class);
    }
}
