package com.radartracking.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.support.GraphQlResponse;
import com.radartracking.support.TenantFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Redemption at the counter: by card id, code or QR payload; clear refusals (never a 500); Staff only at
 * their locations; and simultaneous redemptions never overspend a balance nor oversell a stock.
 */
class RedemptionIT extends LoyaltyApiTest {

    private record Shop(TenantFixture tenant, String location, String program, String customer, String cardId,
            String code) {
    }

    /** A business with a points program (10 per visit + 1 per 1,000) and a customer holding 100 points. */
    private Shop shop(String name) {
        TenantFixture tenant = signUpBusiness(name);
        String location = createLocation(tenant.adminToken(), "Centro", 4.6, -74.08);
        String program = createPointsProgram(tenant.adminToken(), "Club", null);
        String customer = createCustomer(tenant.adminToken(), "Rita");
        recordVisit(tenant.adminToken(), customer, location, "90000");
        JsonNode card = cardsOfCustomer(tenant.adminToken(), customer).path(0);
        assertThat(card.path("balance").asInt()).isEqualTo(100);
        return new Shop(tenant, location, program, customer, card.path("id").asString(), card.path("code").asString());
    }

    @Test
    void staffRedeemByCodeAndTheBalanceStockLedgerAndLogFollow() {
        Shop shop = shop("Redeem Café");
        String coffee = createReward(shop.tenant().adminToken(), shop.program(), "Coffee", 60, 2);
        String staff = addMember(shop.tenant().adminToken(), "STAFF", List.of(shop.location())).accessToken();

        JsonNode redemption = redeemResponse(staff, Map.of("cardCode", "radar:card:" + shop.code().toLowerCase(),
                "rewardId", coffee, "locationId", shop.location())).ok().data("redeemReward");
        assertThat(redemption.path("cost").asInt()).isEqualTo(60);
        assertThat(redemption.path("balanceAfter").asInt()).isEqualTo(40);
        assertThat(redemption.path("card").path("balance").asInt()).isEqualTo(40);
        assertThat(redemption.path("reward").path("stock").asInt()).isEqualTo(1);
        assertThat(redemption.path("location").path("name").asString()).isEqualTo("Centro");
        assertThat(redemption.path("redeemedByUserId").asString()).isNotBlank();

        JsonNode ledger = graphQl.execute(staff, """
                query($id: ID!) { loyaltyCard(id: $id) { ledger(first: 10) { edges { node { reason delta balanceAfter
                  reference note location { name } actorUserId } } } } }""", Map.of("id", shop.cardId())).ok()
                .data("loyaltyCard.ledger.edges");
        JsonNode newest = ledger.path(0).path("node");
        assertThat(newest.path("reason").asString()).isEqualTo("REDEMPTION");
        assertThat(newest.path("delta").asInt()).isEqualTo(-60);
        assertThat(newest.path("reference").asString()).isEqualTo(redemption.path("id").asString());
        assertThat(newest.path("note").asString()).isEqualTo("Coffee");
        assertThat(newest.path("location").path("name").asString()).isEqualTo("Centro");
        assertThat(actions(shop.tenant().businessId(), redemption.path("id").asString()))
                .containsExactly("loyalty.reward_redeemed");
        assertThat(LoyaltyEventLog.of(shop.tenant().businessId(), RewardRedeemed.class))
                .extracting(RewardRedeemed::cost, RewardRedeemed::balance).containsExactly(org.assertj.core.groups.Tuple.tuple(60L, 40L));

        GraphQlResponse refused = redeem(staff, shop.cardId(), coffee, shop.location()).failsWith("BAD_USER_INPUT");
        JsonNode extensions = refused.firstError().path("extensions");
        assertThat(extensions.path("reason").asString()).isEqualTo("INSUFFICIENT_BALANCE");
        assertThat(extensions.path("balance").asInt()).isEqualTo(40);
        assertThat(extensions.path("cost").asInt()).isEqualTo(60);
        assertThat(refused.firstError().path("message").asString())
                .isEqualTo("Coffee costs 60 points and the card has 40 points: 20 points short");
    }

    @Test
    void badInputIsAClearErrorNeverA500() {
        Shop shop = shop("Refusals Café");
        Shop other = shop("Other Café");
        String admin = shop.tenant().adminToken();
        String cheap = createReward(admin, shop.program(), "Mint", 1, 0);
        String withdrawn = createReward(admin, shop.program(), "Old", 1, null);
        graphQl.execute(admin, "mutation($id: ID!) { deactivateReward(id: $id) { id } }", Map.of("id", withdrawn)).ok();
        String secondProgram = createPointsProgram(admin, "Second", null);
        String foreignProgramReward = createReward(admin, secondProgram, "Elsewhere", 1, null);

        assertReason(redeemResponse(admin, Map.of("cardCode", "NOSUCHCODE", "rewardId", cheap,
                "locationId", shop.location())), "NOT_FOUND", null);
        GraphQlResponse unknown = redeemResponse(admin, Map.of("cardCode", "A".repeat(26), "rewardId", cheap,
                "locationId", shop.location())).failsWith("NOT_FOUND");
        GraphQlResponse foreign = redeemResponse(admin, Map.of("cardCode", other.code(), "rewardId", cheap,
                "locationId", shop.location())).failsWith("NOT_FOUND");
        assertThat(foreign.firstError().path("extensions")).isEqualTo(unknown.firstError().path("extensions"));
        assertReason(redeemResponse(admin, Map.of("cardId", shop.cardId(), "cardCode", shop.code(), "rewardId", cheap,
                "locationId", shop.location())), "BAD_USER_INPUT", null);
        assertReason(redeem(admin, shop.cardId(), cheap, shop.location()), "BAD_USER_INPUT", "OUT_OF_STOCK");
        assertReason(redeem(admin, shop.cardId(), withdrawn, shop.location()), "BAD_USER_INPUT", "REWARD_INACTIVE");
        assertReason(redeem(admin, shop.cardId(), foreignProgramReward, shop.location()), "BAD_USER_INPUT",
                "REWARD_OF_ANOTHER_PROGRAM");
        assertReason(redeem(admin, shop.cardId(), UUID.randomUUID().toString(), shop.location()), "NOT_FOUND", null);
        assertReason(redeem(admin, shop.cardId(), "not-an-id", shop.location()), "NOT_FOUND", null);
        assertReason(redeem(admin, UUID.randomUUID().toString(), cheap, shop.location()), "NOT_FOUND", null);

        assertReason(adjustResponse(admin, shop.cardId(), -101, "too much"), "BAD_USER_INPUT", "INSUFFICIENT_BALANCE");
        assertReason(adjustResponse(admin, shop.cardId(), 5, null), "BAD_USER_INPUT", null);
        assertReason(adjustResponse(admin, shop.cardId(), 5, "  "), "BAD_USER_INPUT", null);
        assertReason(adjustResponse(admin, shop.cardId(), 0, "nothing"), "BAD_USER_INPUT", null);
        assertReason(recordVisitResponse(admin, Map.of("customerId", shop.customer(), "locationId", shop.location(),
                "amount", "-5")), "BAD_USER_INPUT", null);
        assertReason(graphQl.execute(admin, "query($c: String!) { loyaltyCardByCode(code: $c) { id } }",
                Map.of("c", other.code())), "NOT_FOUND", null);

        String coffee = createReward(admin, shop.program(), "Coffee", 10, null);
        graphQl.execute(admin, "mutation($id: ID!) { deactivateLoyaltyProgram(id: $id) { id } }",
                Map.of("id", shop.program())).ok();
        assertReason(redeem(admin, shop.cardId(), coffee, shop.location()), "BAD_USER_INPUT", "PROGRAM_INACTIVE");
        assertThat(card(admin, shop.cardId()).path("balance").asInt()).isEqualTo(100);
    }

    @Test
    void staffRedeemOnlyAtTheirLocationsAndOnlyAdminsAdjust() {
        Shop shop = shop("Places Café");
        String admin = shop.tenant().adminToken();
        String norte = createLocation(admin, "Norte", 4.7, -74.05);
        String coffee = createReward(admin, shop.program(), "Coffee", 10, null);
        String staff = addMember(admin, "STAFF", List.of(norte)).accessToken();
        String analyst = addMember(admin, "ANALYST", List.of()).accessToken();

        redeem(staff, shop.cardId(), coffee, shop.location()).failsWith("FORBIDDEN");
        redeem(staff, shop.cardId(), coffee, norte).ok();
        redeem(analyst, shop.cardId(), coffee, norte).failsWith("FORBIDDEN");
        adjustResponse(staff, shop.cardId(), 5, "goodwill").failsWith("FORBIDDEN");
        adjustResponse(analyst, shop.cardId(), 5, "goodwill").failsWith("FORBIDDEN");
        assertThat(graphQl.execute(analyst, "query($c: String!) { loyaltyCardByCode(code: $c) { balance } }",
                Map.of("c", shop.code())).ok().data("loyaltyCardByCode.balance").asInt()).isEqualTo(90);

        JsonNode adjusted = adjust(admin, shop.cardId(), -15, "Charged twice by mistake");
        assertThat(adjusted.path("balance").asInt()).isEqualTo(75);
        assertThat(actions(shop.tenant().businessId(), shop.cardId())).contains("loyalty.points_adjusted");
    }

    @Test
    void redemptionsListNewestFirstFilteredAndStaffSeeTheirLocationsOnly() {
        Shop shop = shop("List Café");
        String admin = shop.tenant().adminToken();
        String norte = createLocation(admin, "Norte", 4.7, -74.05);
        String coffee = createReward(admin, shop.program(), "Coffee", 10, null);
        String cake = createReward(admin, shop.program(), "Cake", 20, null);
        String first = redeem(admin, shop.cardId(), coffee, shop.location()).ok().text("redeemReward.id");
        String second = redeem(admin, shop.cardId(), cake, norte).ok().text("redeemReward.id");
        String third = redeem(admin, shop.cardId(), coffee, norte).ok().text("redeemReward.id");
        String staff = addMember(admin, "STAFF", List.of(norte)).accessToken();

        assertThat(redemptionIds(admin, Map.of())).containsExactly(third, second, first);
        assertThat(redemptionIds(admin, Map.of("rewardId", coffee))).containsExactly(third, first);
        assertThat(redemptionIds(admin, Map.of("locationId", shop.location()))).containsExactly(first);
        assertThat(redemptionIds(admin, Map.of("customerId", shop.customer(), "cardId", shop.cardId())))
                .containsExactly(third, second, first);
        assertThat(redemptionIds(staff, Map.of())).containsExactly(third, second);
        graphQl.execute(staff, "query($f: RedemptionFilter) { redemptions(filter: $f) { edges { cursor } } }",
                Map.of("f", Map.of("locationId", shop.location()))).failsWith("FORBIDDEN");

        JsonNode page = graphQl.execute(admin, "{ redemptions(first: 2) { edges { node { id } } pageInfo { hasNextPage endCursor } } }")
                .ok().data("redemptions");
        assertThat(page.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
        JsonNode rest = graphQl.execute(admin, "query($a: String) { redemptions(first: 2, after: $a) { edges { node { id } } } }",
                Map.of("a", page.path("pageInfo").path("endCursor").asString())).ok().data("redemptions");
        assertThat(rest.path("edges").findValuesAsString("id")).containsExactly(first);
    }

    private List<String> redemptionIds(String token, Map<String, Object> filter) {
        return graphQl.execute(token, "query($f: RedemptionFilter) { redemptions(first: 50, filter: $f) { edges { node { id } } } }",
                Map.of("f", filter)).ok().data("redemptions.edges").findValuesAsString("id");
    }

    @Test
    void twentySimultaneousRedemptionsNeverOverspend() throws Exception {
        Shop shop = shop("Rush Café");
        String admin = shop.tenant().adminToken();
        String coffee = createReward(admin, shop.program(), "Coffee", 10, null);

        List<GraphQlResponse> answers = redeemAtOnce(20, admin, shop.cardId(), coffee, shop.location());
        long succeeded = answers.stream().filter(answer -> answer.errorCodes().isEmpty()).count();
        assertThat(succeeded).isEqualTo(10);
        assertThat(answers).filteredOn(answer -> !answer.errorCodes().isEmpty()).allSatisfy(answer -> {
            assertThat(answer.errorCodes()).containsExactly("BAD_USER_INPUT");
            assertThat(answer.firstError().path("extensions").path("reason").asString()).isEqualTo("INSUFFICIENT_BALANCE");
        });
        assertThat(card(admin, shop.cardId()).path("balance").asInt()).isZero();
        assertBalanceIsTheLedger(shop, 0);
        assertThat(asTenant(shop.tenant().businessId(), () -> jdbc.queryForObject(
                "select count(*) from redemptions where card_id = ?::uuid", Long.class, shop.cardId()))).isEqualTo(10);
    }

    @Test
    void simultaneousRedemptionsNeverOversellTheStock() throws Exception {
        Shop shop = shop("Stock Café");
        String admin = shop.tenant().adminToken();
        String mug = createReward(admin, shop.program(), "Mug", 1, 5);

        List<GraphQlResponse> answers = redeemAtOnce(20, admin, shop.cardId(), mug, shop.location());
        assertThat(answers.stream().filter(answer -> answer.errorCodes().isEmpty()).count()).isEqualTo(5);
        assertThat(answers).filteredOn(answer -> !answer.errorCodes().isEmpty()).allSatisfy(answer -> assertThat(
                answer.firstError().path("extensions").path("reason").asString()).isEqualTo("OUT_OF_STOCK"));
        assertThat(graphQl.execute(admin, "query($id: ID!) { reward(id: $id) { stock } }", Map.of("id", mug)).ok()
                .data("reward.stock").asInt()).isZero();
        assertBalanceIsTheLedger(shop, 95);
    }

    private List<GraphQlResponse> redeemAtOnce(int threads, String token, String cardId, String rewardId,
            String locationId) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<GraphQlResponse>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return redeem(token, cardId, rewardId, locationId);
                }));
            }
            start.countDown();
            List<GraphQlResponse> answers = new ArrayList<>();
            for (Future<GraphQlResponse> future : futures) {
                GraphQlResponse answer = future.get();
                assertThat(answer.status()).as("%s", answer.body()).isEqualTo(200);
                answers.add(answer);
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The cached balance equals the ledger sum, never went negative, and the last row agrees. */
    private void assertBalanceIsTheLedger(Shop shop, long expected) {
        Map<String, Object> row = asTenant(shop.tenant().businessId(), () -> jdbc.queryForMap("""
                select c.balance, (select sum(delta) from points_ledger l where l.card_id = c.id) as total,
                       (select min(balance_after) from points_ledger l where l.card_id = c.id) as lowest,
                       (select balance_after from points_ledger l where l.card_id = c.id
                         order by occurred_at desc, id desc limit 1) as last
                  from loyalty_cards c where c.id = ?::uuid""", shop.cardId()));
        assertThat(((Number) row.get("balance")).longValue()).isEqualTo(expected);
        assertThat(((Number) row.get("total")).longValue()).isEqualTo(expected);
        assertThat(((Number) row.get("last")).longValue()).isEqualTo(expected);
        assertThat(((Number) row.get("lowest")).longValue()).isGreaterThanOrEqualTo(0);
    }

    private static void assertReason(GraphQlResponse response, String code, String reason) {
        assertThat(response.status()).as("%s", response.body()).isLessThan(500);
        response.failsWith(code);
        if (reason != null) {
            assertThat(response.firstError().path("extensions").path("reason").asString()).as("%s", response.body())
                    .isEqualTo(reason);
        }
    }
}
