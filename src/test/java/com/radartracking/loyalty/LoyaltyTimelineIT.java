package com.radartracking.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.support.TenantFixture;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Points movements and redemptions in the customer's timeline, merged with visits newest first; a
 * redemption shows once (as a redemption, not also as a points movement), and pages never skip or repeat.
 */
class LoyaltyTimelineIT extends LoyaltyApiTest {

    private static final String TIMELINE = """
            query($id: ID!, $first: Int, $after: String) { customerTimeline(customerId: $id, first: $first, after: $after) {
              edges { node { id occurredAt kind title details { key value } } } pageInfo { hasNextPage endCursor } } }""";

    @Test
    void pointsAndRedemptionsJoinTheTimeline() {
        TenantFixture tenant = signUpBusiness("Timeline Loyalty");
        String admin = tenant.adminToken();
        String location = createLocation(admin, "Centro", 4.6, -74.08);
        String program = createPointsProgram(admin, "Club", null);
        String coffee = createReward(admin, program, "Coffee", 15, null);
        String customer = createCustomer(admin, "Ana");
        recordVisit(admin, customer, location, "8000");
        String card = cardsOfCustomer(admin, customer).path(0).path("id").asString();
        adjust(admin, card, 3, "Welcome gift");
        redeem(admin, card, coffee, location).ok();

        List<JsonNode> all = entries(page(admin, customer, 50, null));
        assertThat(all.stream().map(entry -> entry.path("kind").asString()).toList())
                .containsExactly("REDEMPTION", "POINTS", "POINTS", "POINTS", "VISIT");
        assertThat(all.get(0).path("title").asString()).isEqualTo("Redeemed Coffee (-15 points)");
        assertThat(all.get(1).path("title").asString()).isEqualTo("+3 points in Club (adjustment)");
        assertThat(all.get(1).path("details").toString()).contains("{\"key\":\"note\",\"value\":\"Welcome gift\"}");
        assertThat(all.subList(2, 4).stream().map(entry -> entry.path("title").asString()).toList())
                .containsExactlyInAnyOrder("+10 points in Club (visit)", "+8 points in Club (purchase)");
        for (int i = 1; i < all.size(); i++) {
            assertThat(Instant.parse(all.get(i).path("occurredAt").asString()))
                    .isBeforeOrEqualTo(Instant.parse(all.get(i - 1).path("occurredAt").asString()));
        }

        for (int size : List.of(1, 2, 3)) {
            List<String> paged = new ArrayList<>();
            String after = null;
            boolean more = true;
            while (more) {
                JsonNode page = page(admin, customer, size, after);
                entries(page).forEach(entry -> paged.add(entry.path("id").asString()));
                more = page.path("pageInfo").path("hasNextPage").asBoolean();
                after = page.path("pageInfo").path("endCursor").asString();
            }
            assertThat(paged).as("pages of %d", size)
                    .containsExactlyElementsOf(all.stream().map(entry -> entry.path("id").asString()).toList());
        }
    }

    private JsonNode page(String token, String customer, int first, String after) {
        Map<String, Object> variables = new java.util.HashMap<>(Map.of("id", customer, "first", first));
        if (after != null) {
            variables.put("after", after);
        }
        return graphQl.execute(token, TIMELINE, variables).ok().data("customerTimeline");
    }

    private static List<JsonNode> entries(JsonNode page) {
        List<JsonNode> entries = new ArrayList<>();
        page.path("edges").forEach(edge -> entries.add(edge.path("node")));
        return entries;
    }
}
