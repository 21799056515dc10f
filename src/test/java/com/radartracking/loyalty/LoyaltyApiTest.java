package com.radartracking.loyalty;

import com.radartracking.support.ApiIntegrationTest;
import com.radartracking.support.GraphQlResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Helpers shared by the loyalty module's integration tests (same Spring context as every IT). */
abstract class LoyaltyApiTest extends ApiIntegrationTest {

    static final String PROGRAM_FIELDS = """
            id name kind pointsPerVisit pointsPerCurrencyUnit stampsPerReward expiryDays active createdAt updatedAt""";
    static final String CARD_FIELDS = """
            id code qrPayload balance lastActivityAt createdAt program { id name kind }
            holder { id displayName } availableRewards { id name cost }""";
    static final String REDEMPTION_FIELDS = """
            id cost balanceAfter redeemedByUserId occurredAt card { id balance } reward { id name stock }
            location { id name }""";

    @Autowired
    TransactionTemplate transactions;

    /** Runs {@code work} in a transaction with row-level security set to {@code businessId}, as the app does. */
    <T> T asTenant(UUID businessId, Supplier<T> work) {
        return transactions.execute(status -> {
            jdbc.queryForObject("select set_config('app.business_id', ?, true)", String.class, businessId.toString());
            return work.get();
        });
    }

    /** The activity-log actions recorded on an entity, oldest first. */
    List<String> actions(UUID businessId, String entityId) {
        return asTenant(businessId, () -> jdbc.queryForList(
                "select action from activity_logs where entity_id = ? order by occurred_at, id", String.class, entityId));
    }

    GraphQlResponse createProgramResponse(String token, Map<String, Object> input) {
        return graphQl.execute(token, "mutation($i: CreateLoyaltyProgramInput!) { createLoyaltyProgram(input: $i) { "
                + PROGRAM_FIELDS + " } }", Map.of("i", input));
    }

    /** A points program: 10 per visit, 1 point per 1,000 of the currency. */
    String createPointsProgram(String token, String name, Integer expiryDays) {
        Map<String, Object> input = new HashMap<>(Map.of("name", name, "kind", "POINTS", "pointsPerVisit", 10,
                "pointsPerCurrencyUnit", "0.001"));
        if (expiryDays != null) {
            input.put("expiryDays", expiryDays);
        }
        return createProgramResponse(token, input).ok().text("createLoyaltyProgram.id");
    }

    GraphQlResponse createRewardResponse(String token, Map<String, Object> input) {
        return graphQl.execute(token, "mutation($i: CreateRewardInput!) { createReward(input: $i) { id name description"
                + " cost stock active program { id } } }", Map.of("i", input));
    }

    String createReward(String token, String programId, String name, long cost, Integer stock) {
        Map<String, Object> input = new HashMap<>(Map.of("programId", programId, "name", name, "cost", cost));
        if (stock != null) {
            input.put("stock", stock);
        }
        return createRewardResponse(token, input).ok().text("createReward.id");
    }

    String createCustomer(String token, String firstName) {
        return graphQl.execute(token, "mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }",
                Map.of("i", Map.of("firstName", firstName, "email", uniqueEmail(firstName.toLowerCase())))).ok()
                .text("createCustomer.id");
    }

    GraphQlResponse recordVisitResponse(String token, Map<String, Object> input) {
        return graphQl.execute(token, "mutation($i: RecordVisitInput!) { recordVisit(input: $i) { id } }",
                Map.of("i", input));
    }

    String recordVisit(String token, String customerId, String locationId, String amount) {
        Map<String, Object> input = new HashMap<>(Map.of("customerId", customerId, "locationId", locationId));
        if (amount != null) {
            input.put("amount", amount);
        }
        return recordVisitResponse(token, input).ok().text("recordVisit.id");
    }

    GraphQlResponse issueCardResponse(String token, String customerId, String programId) {
        return graphQl.execute(token, "mutation($c: ID!, $p: ID!) { issueLoyaltyCard(customerId: $c, programId: $p) { "
                + CARD_FIELDS + " } }", Map.of("c", customerId, "p", programId));
    }

    JsonNode issueCard(String token, String customerId, String programId) {
        return issueCardResponse(token, customerId, programId).ok().data("issueLoyaltyCard");
    }

    JsonNode card(String token, String cardId) {
        return graphQl.execute(token, "query($id: ID!) { loyaltyCard(id: $id) { " + CARD_FIELDS + " } }",
                Map.of("id", cardId)).ok().data("loyaltyCard");
    }

    GraphQlResponse adjustResponse(String token, String cardId, long delta, String reason) {
        Map<String, Object> input = new HashMap<>(Map.of("cardId", cardId, "delta", delta));
        if (reason != null) {
            input.put("reason", reason);
        }
        return graphQl.execute(token, "mutation($i: AdjustPointsInput!) { adjustPoints(input: $i) { " + CARD_FIELDS
                + " } }", Map.of("i", input));
    }

    JsonNode adjust(String token, String cardId, long delta, String reason) {
        return adjustResponse(token, cardId, delta, reason).ok().data("adjustPoints");
    }

    GraphQlResponse redeemResponse(String token, Map<String, Object> input) {
        return graphQl.execute(token, "mutation($i: RedeemRewardInput!) { redeemReward(input: $i) { "
                + REDEMPTION_FIELDS + " } }", Map.of("i", input));
    }

    GraphQlResponse redeem(String token, String cardId, String rewardId, String locationId) {
        return redeemResponse(token, Map.of("cardId", cardId, "rewardId", rewardId, "locationId", locationId));
    }

    /** The customer's card ids and balances through Customer.loyaltyCards. */
    JsonNode cardsOfCustomer(String token, String customerId) {
        return graphQl.execute(token, "query($id: ID!) { customer(id: $id) { loyaltyCards { " + CARD_FIELDS
                + " } } }", Map.of("id", customerId)).ok().data("customer.loyaltyCards");
    }
}
