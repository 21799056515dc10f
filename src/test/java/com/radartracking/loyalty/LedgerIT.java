package com.radartracking.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.radartracking.platform.errors.ErrorCode;
import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.support.TenantFixture;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import tools.jackson.databind.JsonNode;

/**
 * The points ledger: append-only for everyone (the application role has no UPDATE/DELETE grant, and a
 * trigger refuses them even to the owner), the card's balance always equals the ledger sum, each earning
 * stores the expiry rule in force when earned, and opening balances are idempotent by reference.
 */
class LedgerIT extends LoyaltyApiTest {

    @Autowired
    private OpeningBalances openingBalances;

    @Value("${spring.datasource.url}")
    private String url;
    @Value("${spring.flyway.user}")
    private String ownerUser;
    @Value("${spring.flyway.password}")
    private String ownerPassword;

    @Test
    void theLedgerIsAppendOnlyEvenForTheOwner() throws SQLException {
        TenantFixture tenant = signUpBusiness("Append Café");
        String location = createLocation(tenant.adminToken(), "Centro", 4.6, -74.08);
        createPointsProgram(tenant.adminToken(), "Club", null);
        String customer = createCustomer(tenant.adminToken(), "Ana");
        recordVisit(tenant.adminToken(), customer, location, null);

        assertThatThrownBy(() -> asTenant(tenant.businessId(), () -> jdbc.update("update points_ledger set delta = 1000")))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> asTenant(tenant.businessId(), () -> jdbc.update("delete from points_ledger")))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");

        try (Connection owner = DriverManager.getConnection(url, ownerUser, ownerPassword)) {
            try (PreparedStatement tenantSetting = owner.prepareStatement("select set_config('app.business_id', ?, false)")) {
                tenantSetting.setString(1, tenant.businessId().toString());
                tenantSetting.execute();
            }
            for (String change : List.of("update points_ledger set delta = 1000", "delete from points_ledger",
                    "truncate points_ledger cascade")) {
                assertThatThrownBy(() -> owner.createStatement().execute(change)).as(change)
                        .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            }
        }
        assertThat(cardsOfCustomer(tenant.adminToken(), customer).path(0).path("balance").asInt()).isEqualTo(10);
    }

    @Test
    void balanceIsTheLedgerSumAfterEveryKindOfMovement() {
        TenantFixture tenant = signUpBusiness("Sum Café");
        String admin = tenant.adminToken();
        String location = createLocation(admin, "Centro", 4.6, -74.08);
        String program = createPointsProgram(admin, "Club", 90);
        String coffee = createReward(admin, program, "Coffee", 25, null);
        String ana = createCustomer(admin, "Ana");
        String bea = createCustomer(admin, "Bea");
        recordVisit(admin, ana, location, "12500");
        recordVisit(admin, ana, location, null);
        recordVisit(admin, bea, location, "3000");
        String anaCard = cardsOfCustomer(admin, ana).path(0).path("id").asString();
        adjust(admin, anaCard, 7, "Birthday gift");
        adjust(admin, anaCard, -2, "Correction");
        redeem(admin, anaCard, coffee, location).ok();
        TenantContext.runAs(tenant.businessId(), () -> transactions.executeWithoutResult(status ->
                openingBalances.credit(UUID.fromString(bea), null, 40, "import:bea")));

        List<Map<String, Object>> rows = asTenant(tenant.businessId(), () -> jdbc.queryForList("""
                select c.id, c.balance, coalesce(sum(l.delta), 0) as total, count(l.id) as movements
                  from loyalty_cards c left join points_ledger l on l.card_id = c.id
                 group by c.id, c.balance"""));
        assertThat(rows).hasSize(2).allSatisfy(row -> assertThat(((Number) row.get("balance")).longValue())
                .isEqualTo(((Number) row.get("total")).longValue()));
        // Ana: 10 + 12 (12,500 at 1 per 1,000) + 10 + 7 - 2 - 25 = 12; Bea: 10 + 3 + 40 = 53.
        assertThat(cardsOfCustomer(admin, ana).path(0).path("balance").asInt()).isEqualTo(12);
        assertThat(cardsOfCustomer(admin, bea).path(0).path("balance").asInt()).isEqualTo(53);

        JsonNode ledger = graphQl.execute(admin, """
                query($id: ID!) { loyaltyCard(id: $id) { ledger(first: 3) { edges { node { reason delta balanceAfter note
                  actorUserId expiresAt } } pageInfo { hasNextPage endCursor } } } }""", Map.of("id", anaCard)).ok()
                .data("loyaltyCard.ledger");
        assertThat(ledger.path("edges").findValuesAsString("reason")).containsExactly("REDEMPTION", "ADJUSTMENT",
                "ADJUSTMENT");
        assertThat(ledger.path("edges").path(1).path("node").path("note").asString()).isEqualTo("Correction");
        assertThat(ledger.path("edges").path(1).path("node").path("actorUserId").asString())
                .isEqualTo(tenant.adminUserId().toString());
        assertThat(ledger.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
        JsonNode older = graphQl.execute(admin, """
                query($id: ID!, $after: String) { loyaltyCard(id: $id) { ledger(first: 10, after: $after) { edges { node {
                  reason delta expiresAt } } pageInfo { hasNextPage } } } }""",
                Map.of("id", anaCard, "after", ledger.path("pageInfo").path("endCursor").asString())).ok()
                .data("loyaltyCard.ledger");
        assertThat(older.path("edges").findValuesAsString("reason")).containsExactlyInAnyOrder("EARN_VISIT",
                "EARN_VISIT", "EARN_AMOUNT");
        assertThat(older.path("edges").findValues("expiresAt")).allMatch(node -> !node.isNull());
        assertThat(older.path("pageInfo").path("hasNextPage").asBoolean()).isFalse();
    }

    @Test
    void aCardHoldsAtMostTheBalanceLimitAndAVisitEarnsOnlyUpToIt() {
        TenantFixture tenant = signUpBusiness("Full Card Café");
        String admin = tenant.adminToken();
        String location = createLocation(admin, "Centro", 4.6, -74.08);
        createPointsProgram(admin, "Club", null);
        String ana = createCustomer(admin, "Ana");
        assertThat(credit(tenant.businessId(), UUID.fromString(ana), null, 999_999_996L, "import:ana")).isTrue();
        String card = cardsOfCustomer(admin, ana).path(0).path("id").asString();

        recordVisit(admin, ana, location, null);
        assertThat(cardsOfCustomer(admin, ana).path(0).path("balance").asLong()).isEqualTo(1_000_000_000L);
        recordVisit(admin, ana, location, "500");
        assertThat(cardsOfCustomer(admin, ana).path(0).path("balance").asLong()).isEqualTo(1_000_000_000L);

        JsonNode refused = adjustResponse(admin, card, 1, "one more").failsWith("BAD_USER_INPUT").firstError();
        assertThat(refused.path("extensions").path("reason").asString()).isEqualTo("BALANCE_LIMIT");
        assertThat(refused.path("message").asString()).contains("at most 1000000000");
        assertThat(asTenant(tenant.businessId(), () -> jdbc.queryForList(
                "select delta from points_ledger order by occurred_at, id", Long.class)))
                .containsExactly(999_999_996L, 4L);
    }

    @Test
    void eachEarningKeepsTheExpiryRuleItWasEarnedUnder() {
        TenantFixture tenant = signUpBusiness("Rules Café");
        String admin = tenant.adminToken();
        String location = createLocation(admin, "Centro", 4.6, -74.08);
        String program = createProgramResponse(admin, Map.of("name", "Club", "kind", "POINTS", "pointsPerVisit", 10,
                "expiryDays", 365)).ok().text("createLoyaltyProgram.id");
        String customer = createCustomer(admin, "Ana");
        recordVisit(admin, customer, location, null);
        graphQl.execute(admin, "mutation($id: ID!) { updateLoyaltyProgram(id: $id, input: {expiryDays: 7}) { id } }",
                Map.of("id", program)).ok();
        recordVisit(admin, customer, location, null);
        graphQl.execute(admin, "mutation($id: ID!) { updateLoyaltyProgram(id: $id, input: {expiryDays: null}) { id } }",
                Map.of("id", program)).ok();
        recordVisit(admin, customer, location, null);

        List<Map<String, Object>> earnings = asTenant(tenant.businessId(), () -> jdbc.queryForList("""
                select expiry_days, expires_at - occurred_at as lifetime from points_ledger order by occurred_at"""));
        assertThat(earnings).extracting(row -> row.get("expiry_days")).containsExactly(365, 7, null);
    }

    @Test
    void openingBalancesAreIdempotentByReferenceAndRefuseBadInput() {
        TenantFixture tenant = signUpBusiness("Import Café");
        String admin = tenant.adminToken();
        String customer = createCustomer(admin, "Ana");
        UUID customerId = UUID.fromString(customer);
        UUID business = tenant.businessId();

        assertThatThrownBy(() -> credit(business, customerId, null, 100, "row-1"))
                .isInstanceOfSatisfying(LoyaltyException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.BAD_USER_INPUT);
                    assertThat(e.getMessage()).contains("no active loyalty program");
                });
        createPointsProgram(admin, "Old Club", null);
        String stamps = createProgramResponse(admin, Map.of("name", "Stamps", "kind", "STAMPS", "stampsPerReward", 6))
                .ok().text("createLoyaltyProgram.id");

        assertThat(credit(business, customerId, null, 250, "row-1")).isTrue();
        assertThat(credit(business, customerId, null, 250, "row-1")).isFalse();
        assertThat(credit(business, customerId, UUID.fromString(stamps), 4, "row-1")).isTrue();
        assertThatThrownBy(() -> credit(business, customerId, null, -1, "row-2"))
                .isInstanceOfSatisfying(LoyaltyException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_USER_INPUT));
        assertThatThrownBy(() -> credit(business, customerId, UUID.randomUUID(), 1, "row-3"))
                .isInstanceOfSatisfying(LoyaltyException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_USER_INPUT));
        assertThatThrownBy(() -> credit(business, UUID.randomUUID(), null, 1, "row-4"))
                .isInstanceOfSatisfying(LoyaltyException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));

        JsonNode cards = cardsOfCustomer(admin, customer);
        assertThat(List.of(cards.path(0).path("program").path("name").asString(),
                cards.path(1).path("program").path("name").asString())).containsExactly("Old Club", "Stamps");
        assertThat(cards.findValues("balance")).extracting(JsonNode::asInt).containsExactly(250, 4);
        assertThat(asTenant(business, () -> jdbc.queryForObject(
                "select count(*) from points_ledger where reason = 'OPENING_BALANCE'", Long.class))).isEqualTo(2);
    }

    private boolean credit(UUID business, UUID customer, UUID program, long amount, String reference) {
        return TenantContext.callAs(business, () -> transactions.execute(status ->
                openingBalances.credit(customer, program, amount, reference)));
    }
}
