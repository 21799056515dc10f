package com.radartracking.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.support.TenantFixture;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Visits award points (per visit and per amount) or stamps in every active program, issuing the card on
 * the first visit; visits can be recorded by card code or QR payload; events tell campaigns about points
 * awarded and rewards that became available.
 */
class VisitAwardingIT extends LoyaltyApiTest {

    @Autowired
    private LoyaltyCards loyaltyCards;

    @Test
    void visitsEarnPerVisitAndPerAmountAndIssueTheCardOnce() {
        TenantFixture tenant = signUpBusiness("Earn Café");
        String admin = tenant.adminToken();
        String location = createLocation(admin, "Centro", 4.6, -74.08);
        String program = createPointsProgram(admin, "Club", 60);
        String coffee = createReward(admin, program, "Coffee", 30, null);
        createReward(admin, program, "Lunch", 500, null);
        String customer = createCustomer(admin, "Ana");
        assertThat(cardsOfCustomer(admin, customer)).isEmpty();

        recordVisit(admin, customer, location, "12999");
        JsonNode card = cardsOfCustomer(admin, customer).path(0);
        assertThat(card.path("balance").asInt()).isEqualTo(22);
        assertThat(card.path("code").asString()).matches("[A-Z2-7]{26}");
        assertThat(card.path("qrPayload").asString()).isEqualTo("radar:card:" + card.path("code").asString());
        assertThat(card.path("holder").path("displayName").asString()).isEqualTo("Ana");
        assertThat(card.path("availableRewards")).isEmpty();
        assertThat(card.path("lastActivityAt").isNull()).isFalse();

        recordVisit(admin, customer, location, null);
        JsonNode cards = cardsOfCustomer(admin, customer);
        assertThat(cards).hasSize(1);
        assertThat(cards.path(0).path("balance").asInt()).isEqualTo(32);
        assertThat(cards.path(0).path("availableRewards").findValuesAsString("name")).containsExactly("Coffee");

        UUID business = tenant.businessId();
        assertThat(LoyaltyEventLog.of(business, PointsAwarded.class)).extracting(PointsAwarded::points,
                PointsAwarded::balance).containsExactly(org.assertj.core.groups.Tuple.tuple(22L, 22L),
                org.assertj.core.groups.Tuple.tuple(10L, 32L));
        assertThat(LoyaltyEventLog.of(business, RewardAvailable.class)).extracting(RewardAvailable::rewardId)
                .containsExactly(UUID.fromString(coffee));

        List<LoyaltyCards.CardSummary> summaries = TenantContext.callAs(business,
                () -> loyaltyCards.cardsOf(UUID.fromString(customer)));
        assertThat(summaries).hasSize(1);
        assertThat(summaries.getFirst().pointsBalance()).isEqualTo(32);
        assertThat(summaries.getFirst().availableRewards()).extracting(LoyaltyCards.RewardSummary::name)
                .containsExactly("Coffee");
        assertThat(summaries.getFirst().kind()).isEqualTo(LoyaltyCards.ProgramKind.POINTS);
    }

    @Test
    void stampsProgramsCountVisitsAndEveryActiveProgramHasItsCard() {
        TenantFixture tenant = signUpBusiness("Stamps Earn Café");
        String admin = tenant.adminToken();
        String location = createLocation(admin, "Centro", 4.6, -74.08);
        String stamps = createProgramResponse(admin, Map.of("name", "A stamps", "kind", "STAMPS", "stampsPerReward", 3))
                .ok().text("createLoyaltyProgram.id");
        String points = createPointsProgram(admin, "B points", null);
        createReward(admin, stamps, "Free coffee", 3, null);
        String customer = createCustomer(admin, "Ana");
        for (int i = 0; i < 3; i++) {
            recordVisit(admin, customer, location, "5000");
        }
        JsonNode cards = cardsOfCustomer(admin, customer);
        assertThat(List.of(cards.path(0).path("program").path("name").asString(),
                cards.path(1).path("program").path("name").asString())).containsExactly("A stamps", "B points");
        assertThat(cards.path(0).path("balance").asInt()).isEqualTo(3);
        assertThat(cards.path(0).path("availableRewards").findValuesAsString("name")).containsExactly("Free coffee");
        assertThat(cards.path(1).path("balance").asInt()).isEqualTo(45);

        graphQl.execute(admin, "mutation($id: ID!) { deactivateLoyaltyProgram(id: $id) { id } }",
                Map.of("id", points)).ok();
        recordVisit(admin, customer, location, "5000");
        JsonNode after = cardsOfCustomer(admin, customer);
        assertThat(after).hasSize(1);
        assertThat(after.path(0).path("balance").asInt()).isEqualTo(4);
    }

    @Test
    void visitsByCardCodeOrQrPayloadReachTheHolder() {
        TenantFixture tenant = signUpBusiness("Scan Café");
        TenantFixture other = signUpBusiness("Other Scan Café");
        String admin = tenant.adminToken();
        String location = createLocation(admin, "Centro", 4.6, -74.08);
        String program = createPointsProgram(admin, "Club", null);
        String customer = createCustomer(admin, "Ana");
        JsonNode card = issueCard(admin, customer, program);
        assertThat(card.path("balance").asInt()).isZero();
        assertThat(issueCard(admin, customer, program).path("id").asString()).isEqualTo(card.path("id").asString());
        String staff = addMember(admin, "STAFF", List.of(location)).accessToken();

        recordVisitResponse(staff, Map.of("cardCode", card.path("qrPayload").asString(), "locationId", location,
                "source", "QR_SCAN")).ok();
        recordVisitResponse(staff, Map.of("cardCode", card.path("code").asString().toLowerCase(), "locationId",
                location, "amount", "2000")).ok();
        assertThat(card(admin, card.path("id").asString()).path("balance").asInt()).isEqualTo(22);
        recordVisitResponse(staff, Map.of("cardCode", "ZZZZZZZZZZZZZZZZZZZZZZZZZZ", "locationId", location))
                .failsWith("NOT_FOUND");

        // The other business cannot use the code, neither to look it up nor to record a visit with it.
        String otherLocation = createLocation(other.adminToken(), "Suya", 4.6, -74.08);
        createPointsProgram(other.adminToken(), "Their club", null);
        recordVisitResponse(other.adminToken(), Map.of("cardCode", card.path("code").asString(),
                "locationId", otherLocation)).failsWith("NOT_FOUND");
        graphQl.execute(other.adminToken(), "query($c: String!) { loyaltyCardByCode(code: $c) { id } }",
                Map.of("c", card.path("code").asString())).failsWith("NOT_FOUND");
        assertThat(actions(tenant.businessId(), card.path("id").asString())).containsExactly("loyalty.card_issued",
                "loyalty.card_issued");
    }

    @Test
    void enrolmentChecksTheCustomerAndTheProgram() {
        TenantFixture tenant = signUpBusiness("Enrol Café");
        String admin = tenant.adminToken();
        String program = createPointsProgram(admin, "Club", null);
        String customer = createCustomer(admin, "Ana");
        issueCardResponse(admin, UUID.randomUUID().toString(), program).failsWith("NOT_FOUND");
        issueCardResponse(admin, customer, UUID.randomUUID().toString()).failsWith("NOT_FOUND");
        graphQl.execute(admin, "mutation($id: ID!) { deactivateLoyaltyProgram(id: $id) { id } }",
                Map.of("id", program)).ok();
        issueCardResponse(admin, customer, program).failsWith("BAD_USER_INPUT");
        String analyst = addMember(admin, "ANALYST", List.of()).accessToken();
        issueCardResponse(analyst, customer, program).failsWith("FORBIDDEN");
    }
}
