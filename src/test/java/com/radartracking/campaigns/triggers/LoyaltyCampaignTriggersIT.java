package com.radartracking.campaigns.triggers;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.campaigns.model.CampaignStatus;
import com.radartracking.campaigns.model.TriggerType;
import com.radartracking.loyalty.PointsAwarded;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * POINTS_THRESHOLD and REWARD_AVAILABLE campaigns from visits recorded through GraphQL (recordVisit), whose
 * points the loyalty module awards inside the visit's transaction, and from an Admin's points adjustment;
 * never from the opening balances of a CSV customer import.
 */
class LoyaltyCampaignTriggersIT extends CampaignTriggerTestSupport {

    @Autowired
    ApplicationEventPublisher events;

    private String admin;
    private UUID ana;

    @BeforeEach
    void setUp() {
        business("Loyal Café");
        admin = tenant.adminToken();
        ana = customer("Ana");
        device(ana);
    }

    /** A points program earning 10 per visit (and 1 per 1,000 spent). */
    private String program(String name) {
        return graphQl.execute(admin, "mutation($i: CreateLoyaltyProgramInput!) { createLoyaltyProgram(input: $i) { id } }",
                Map.of("i", Map.of("name", name, "kind", "POINTS", "pointsPerVisit", 10,
                        "pointsPerCurrencyUnit", "0.001"))).ok().text("createLoyaltyProgram.id");
    }

    private String reward(String program, String name, long cost) {
        return graphQl.execute(admin, "mutation($i: CreateRewardInput!) { createReward(input: $i) { id } }",
                Map.of("i", Map.of("programId", program, "name", name, "cost", cost))).ok().text("createReward.id");
    }

    private String visit(UUID customer) {
        Map<String, Object> input = new HashMap<>(Map.of("customerId", customer.toString(), "locationId", location));
        return graphQl.execute(admin, "mutation($i: RecordVisitInput!) { recordVisit(input: $i) { id } }",
                Map.of("i", input)).ok().text("recordVisit.id");
    }

    private int balance(UUID customer) {
        return graphQl.execute(admin, "query($id: ID!) { customer(id: $id) { loyaltyCards { balance } } }",
                Map.of("id", customer.toString())).ok().data("customer.loyaltyCards").path(0).path("balance").asInt();
    }

    private String card(UUID customer) {
        return graphQl.execute(admin, "query($id: ID!) { customer(id: $id) { loyaltyCards { id } } }",
                Map.of("id", customer.toString())).ok().data("customer.loyaltyCards").path(0).path("id").asString();
    }

    private void adjust(String card, long delta, String reason) {
        graphQl.execute(admin, "mutation($i: AdjustPointsInput!) { adjustPoints(input: $i) { id } }",
                Map.of("i", Map.of("cardId", card, "delta", delta, "reason", reason))).ok();
    }

    /** The card's credits by hand (their ledger entries), oldest first. */
    private List<String> credits(String card) {
        return asTenant(() -> jdbc.queryForList("""
                select id::text from points_ledger where card_id = ?::uuid and reason = 'ADJUSTMENT' and delta > 0
                 order by occurred_at, id""", String.class, card));
    }

    private UUID customerByEmail(String email) {
        return UUID.fromString(graphQl.execute(admin, "query($s: String) { customers(first: 2, filter: {search: $s})"
                + " { edges { node { id } } } }", Map.of("s", email)).ok().data("customers.edges").path(0)
                .path("node").path("id").asString());
    }

    /** The customers CSV import (REST), as the panel uploads it; its report. */
    private JsonNode importCsv(String query, String csv) throws IOException, InterruptedException {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/imports/customers" + query))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(answer.body());
    }

    @Test
    void aThresholdFiresOnTheVisitThatCrossesIt() {
        String club = program("Club");
        UUID at20 = campaign(Spec.of(points(20, club)));
        UUID at30AnyProgram = campaign(Spec.of(points(30, null)));
        UUID otherProgram = campaign(Spec.of(points(20, UUID.randomUUID().toString())));
        UUID paused = campaign(Spec.of(points(20, club)).status(CampaignStatus.PAUSED));
        double sent = counted(TriggerType.POINTS_THRESHOLD, "SENT");

        visit(ana);
        assertThat(deliveries(at20)).isEmpty();
        String second = visit(ana);
        assertThat(deliveries(at20, ana)).containsExactly("points:" + second);
        assertThat(deliveries(at30AnyProgram)).isEmpty();
        String third = visit(ana);
        assertThat(deliveries(at20, ana)).containsExactly("points:" + second);
        assertThat(deliveries(at30AnyProgram, ana)).containsExactly("points:" + third);
        visit(ana);
        assertThat(balance(ana)).isEqualTo(40);
        assertThat(deliveries(otherProgram)).isEmpty();
        assertThat(deliveries(paused)).isEmpty();
        assertThat(notifications(ana)).extracting(row -> row.get("campaign_id")).containsExactly(at20, at30AnyProgram);
        assertThat(notifications(ana)).extracting(row -> row.get("title")).containsOnly("Hola Ana");
        assertThat(counted(TriggerType.POINTS_THRESHOLD, "SENT") - sent).isEqualTo(2);

        // Another customer's visits cross it for them.
        UUID bea = customer("Bea");
        visit(bea);
        String beas = visit(bea);
        assertThat(deliveries(at20, bea)).containsExactly("points:" + beas);
    }

    @Test
    void aRewardBecomingAvailableFiresOncePerCrossing() {
        String club = program("Club");
        String coffee = reward(club, "Coffee", 20);
        reward(club, "Cake", 20);
        UUID forCoffee = campaign(Spec.of(reward(club, coffee)));
        UUID forAnyReward = campaign(Spec.of(reward(null, null)));
        UUID forAnotherReward = campaign(Spec.of(reward(null, UUID.randomUUID().toString())));
        UUID forAnotherProgram = campaign(Spec.of(reward(UUID.randomUUID().toString(), null)));

        visit(ana);
        assertThat(deliveries(forCoffee)).isEmpty();
        visit(ana);
        // Coffee and cake became available on the same visit: the any-reward campaign sends once.
        assertThat(deliveries(forCoffee, ana)).hasSize(1);
        assertThat(deliveries(forAnyReward, ana)).hasSize(1);
        assertThat(deliveries(forAnotherReward)).isEmpty();
        assertThat(deliveries(forAnotherProgram)).isEmpty();
        visit(ana);
        assertThat(deliveries(forCoffee, ana)).hasSize(1);

        // Redeemed (30 → 10), then an Admin's adjustment makes it available again: a new crossing.
        String card = card(ana);
        graphQl.execute(admin, "mutation($i: RedeemRewardInput!) { redeemReward(input: $i) { id } }",
                Map.of("i", Map.of("cardId", card, "rewardId", coffee, "locationId", location))).ok();
        assertThat(balance(ana)).isEqualTo(10);
        graphQl.execute(admin, "mutation($i: AdjustPointsInput!) { adjustPoints(input: $i) { id } }",
                Map.of("i", Map.of("cardId", card, "delta", 15, "reason", "Birthday gift"))).ok();
        assertThat(deliveries(forCoffee, ana)).hasSize(2);
        assertThat(deliveries(forAnyReward, ana)).hasSize(2);
        assertThat(deliveries(forCoffee, ana)).allMatch(occurrence -> occurrence.startsWith("reward:" + card + ":"));
        assertThat(notifications(ana)).hasSize(4);
    }

    @Test
    void aRefusedMessageNeverCostsTheVisitItsPoints() {
        String club = program("Club");
        // 200 + 2,000 two- and three-byte characters: well over FCM's 4 KB once encoded.
        UUID oversized = campaign(Spec.of(points(10, club)).message("ñ".repeat(200), "€".repeat(2000)));
        UUID fine = campaign(Spec.of(points(10, null)));
        double rejected = counted(TriggerType.POINTS_THRESHOLD, "REJECTED");

        String visit = visit(ana);
        assertThat(count("select count(*) from visits where id = ?::uuid", visit)).isEqualTo(1);
        assertThat(balance(ana)).isEqualTo(10);
        assertThat(deliveries(oversized)).isEmpty();
        assertThat(count("select count(*) from push_sends where campaign_id = ?", oversized)).isZero();
        assertThat(deliveries(fine, ana)).containsExactly("points:" + visit);
        assertThat(notifications(ana)).extracting(row -> row.get("campaign_id")).containsExactly(fine);
        assertThat(counted(TriggerType.POINTS_THRESHOLD, "REJECTED") - rejected).isEqualTo(1);
    }

    @Test
    void anAdminsCreditThatCrossesAThresholdFiresItLikeAVisitAndADebitNever() {
        String club = program("Club");
        UUID at20 = campaign(Spec.of(points(20, club)));
        UUID at50AnyProgram = campaign(Spec.of(points(50, null)));
        UUID oversized = campaign(Spec.of(points(20, null)).message("ñ".repeat(200), "€".repeat(2000)));
        double sent = counted(TriggerType.POINTS_THRESHOLD, "SENT");
        visit(ana);
        String card = card(ana);

        // 10 → 25 crosses 20: fired in the adjustment's transaction, keyed by its ledger entry. The refused
        // (oversized) message is undone to its savepoint and never costs the adjustment its points.
        adjust(card, 15, "Welcome gift");
        assertThat(balance(ana)).isEqualTo(25);
        assertThat(credits(card)).hasSize(1);
        assertThat(deliveries(at20, ana)).containsExactly("points:adjustment:" + credits(card).getFirst());
        assertThat(deliveries(at50AnyProgram)).isEmpty();
        assertThat(deliveries(oversized)).isEmpty();

        // Debits never fire.
        adjust(card, -5, "Typo");
        adjust(card, -10, "Correction");
        assertThat(balance(ana)).isEqualTo(10);
        assertThat(deliveries(at20, ana)).hasSize(1);

        // Crossing again later is a new occurrence; one credit crossing two thresholds fires both, once each.
        adjust(card, 45, "Compensation");
        assertThat(balance(ana)).isEqualTo(55);
        List<String> credits = credits(card);
        assertThat(credits).hasSize(2);
        assertThat(deliveries(at20, ana)).containsExactly("points:adjustment:" + credits.get(0),
                "points:adjustment:" + credits.get(1));
        assertThat(deliveries(at50AnyProgram, ana)).containsExactly("points:adjustment:" + credits.get(1));
        assertThat(counted(TriggerType.POINTS_THRESHOLD, "SENT") - sent).isEqualTo(3);

        // The same credit seen again (a redelivered event) is the same occurrence: nothing more is sent.
        asTenant(() -> {
            events.publishEvent(new PointsAwarded(business, ana, UUID.fromString(card), UUID.fromString(club), 45, 55,
                    PointsAwarded.Source.ADJUSTMENT, UUID.fromString(credits.get(1)), Instant.now()));
            return null;
        });
        assertThat(deliveries(at20, ana)).hasSize(2);
        assertThat(deliveries(at50AnyProgram, ana)).hasSize(1);
        // (The last two share their transaction's timestamp: their order is not defined.)
        assertThat(notifications(ana)).extracting(row -> row.get("campaign_id"))
                .containsExactlyInAnyOrder(at20, at20, at50AnyProgram);
    }

    @Test
    void openingBalancesOfACustomerImportFireNoLoyaltyCampaign() throws Exception {
        String club = program("Club");
        reward(club, "Coffee", 20);
        String cake = reward(club, "Cake", 40);
        UUID forAnyReward = campaign(Spec.of(reward(null, null)));
        UUID forCake = campaign(Spec.of(reward(club, cake)));
        UUID at20 = campaign(Spec.of(points(20, null)));

        JsonNode report = importCsv("?pointsProgramId=" + club,
                "Nombre,Correo,Puntos\nCarla,carla@x.example,250\nDiana,diana@x.example,35\n");
        assertThat(report.path("balancesCredited").asLong()).as(report.toString()).isEqualTo(2);
        UUID diana = customerByEmail("diana@x.example");
        assertThat(balance(diana)).isEqualTo(35);
        assertThat(count("select count(*) from campaign_deliveries")).isZero();

        // Imported customers' own activity afterwards crosses costs and thresholds as anyone's does.
        visit(diana);
        assertThat(balance(diana)).isEqualTo(45);
        assertThat(deliveries(forCake, diana)).hasSize(1);
        assertThat(deliveries(forAnyReward, diana)).hasSize(1);
        assertThat(deliveries(at20)).isEmpty();
    }
}
