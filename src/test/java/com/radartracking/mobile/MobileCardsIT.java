package com.radartracking.mobile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.radartracking.loyalty.LoyaltyCards;
import com.radartracking.support.MobileClient;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** GET /me/cards with real loyalty cards: balance, stamps, available rewards and the QR payload. */
class MobileCardsIT extends MobileTestSupport {

    @Autowired
    private ObjectProvider<LoyaltyCards> loyaltyCards;

    @Test
    void withoutCardsTheListIsEmpty() {
        MobileClient.Enrolled customer = mobile.enrolNew(appKey, "Sin Tarjeta", uniqueEmail("nocard"));
        MobileClient.Response cards = mobile.get("/me/cards", appKey, customer.token());
        assertThat(cards.status()).as(cards.raw()).isEqualTo(200);
        assertThat(cards.body().path("cards").isEmpty()).isTrue();
    }

    @Test
    void theCustomerSeesTheirCardsAsTheCounterDoes() {
        assumeTrue(loyaltyCards.getIfAvailable() != null, "the loyalty module provides LoyaltyCards");
        String points = admin("mutation { createLoyaltyProgram(input: {name: \"Puntos\", kind: POINTS, pointsPerVisit: 10})"
                + " { id } }", Map.of()).path("createLoyaltyProgram").path("id").asString();
        String stamps = admin("mutation { createLoyaltyProgram(input: {name: \"Sellos\", kind: STAMPS, stampsPerReward: 5})"
                + " { id } }", Map.of()).path("createLoyaltyProgram").path("id").asString();
        admin("mutation($p: ID!) { createReward(input: {programId: $p, name: \"Café gratis\", cost: 10}) { id } }",
                Map.of("p", points));
        MobileClient.Enrolled customer = mobile.enrolNew(appKey, "Con Tarjeta", uniqueEmail("card"));
        String pointsCode = admin("mutation($c: ID!, $p: ID!) { issueLoyaltyCard(customerId: $c, programId: $p) { code } }",
                Map.of("c", customer.customerId(), "p", points)).path("issueLoyaltyCard").path("code").asString();
        admin("mutation($c: ID!, $p: ID!) { issueLoyaltyCard(customerId: $c, programId: $p) { code } }",
                Map.of("c", customer.customerId(), "p", stamps));
        String location = createLocation(business.adminToken(), "Caja", 4.6, -74.1);
        admin("mutation($i: RecordVisitInput!) { recordVisit(input: $i) { id } }",
                Map.of("i", Map.of("customerId", customer.customerId(), "locationId", location)));

        MobileClient.Response response = mobile.get("/me/cards", appKey, customer.token());
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        JsonNode cards = response.body().path("cards");
        assertThat(cards.size()).as(response.raw()).isEqualTo(2);
        JsonNode pointsCard = cards.valueStream().filter(card -> card.path("programId").asString().equals(points))
                .findFirst().orElseThrow();
        assertThat(pointsCard.path("kind").asString()).isEqualTo("POINTS");
        assertThat(pointsCard.path("code").asString()).isEqualTo(pointsCode);
        assertThat(pointsCard.path("qrPayload").asString()).contains(pointsCode);
        assertThat(pointsCard.path("balance").asLong()).isEqualTo(10);
        assertThat(pointsCard.path("availableRewards").toString()).contains("Café gratis");
        JsonNode stampsCard = cards.valueStream().filter(card -> card.path("programId").asString().equals(stamps))
                .findFirst().orElseThrow();
        assertThat(stampsCard.path("kind").asString()).isEqualTo("STAMPS");
        assertThat(stampsCard.path("stampsPerReward").asInt()).isEqualTo(5);
    }

    private JsonNode admin(String document, Map<String, ?> variables) {
        return graphQl.execute(business.adminToken(), document, variables).ok().body().path("data");
    }
}
