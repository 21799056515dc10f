package com.radartracking.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.isolation.IsolationCase;
import com.radartracking.isolation.IsolationCases;
import com.radartracking.isolation.IsolationWorld;
import com.radartracking.isolation.Planted;
import com.radartracking.support.TenantFixture;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Programs, rewards, cards, redemptions and adjustments: B can neither read, change, redeem, adjust nor
 * reference A's programs, rewards, cards (by id or by code) or locations, and B's lists show none of A's.
 */
public class LoyaltyIsolationCases implements IsolationCases {

    private static final String PROGRAM_WITNESS = """
            query($pid: ID!) { loyaltyProgram(id: $pid) { name active pointsPerVisit expiryDays
              rewards(includeInactive: true) { id name cost stock active } } }""";
    private static final String CARD_WITNESS = """
            query($card: ID!) { loyaltyCard(id: $card) { balance lastActivityAt
              ledger(first: 50) { edges { node { id reason delta } } } } }""";

    /** What a tenant owns: a program, a reward, a location, a customer whose card earned 50 and redeemed 10. */
    record Loyalty(String programId, String rewardId, String customerId, String cardId, String code,
            String locationId) {
    }

    static Loyalty plantLoyalty(IsolationWorld world, TenantFixture tenant, String prefix) {
        String location = world.createLocation(tenant, prefix + " Loyalty Counter");
        String program = call(world, tenant, """
                mutation($i: CreateLoyaltyProgramInput!) { createLoyaltyProgram(input: $i) { id } }""",
                Map.of("i", Map.of("name", prefix + " Secret Club", "kind", "POINTS", "pointsPerVisit", 50)))
                .path("createLoyaltyProgram").path("id").asString();
        String reward = call(world, tenant, "mutation($i: CreateRewardInput!) { createReward(input: $i) { id } }",
                Map.of("i", Map.of("programId", program, "name", prefix + " Secret Reward", "cost", 10, "stock", 3)))
                .path("createReward").path("id").asString();
        String customer = call(world, tenant, "mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }",
                Map.of("i", Map.of("firstName", prefix + "Zacarias", "email", world.uniqueEmail("zacarias"))))
                .path("createCustomer").path("id").asString();
        call(world, tenant, "mutation($i: RecordVisitInput!) { recordVisit(input: $i) { id } }",
                Map.of("i", Map.of("customerId", customer, "locationId", location)));
        JsonNode card = call(world, tenant, "query($id: ID!) { customer(id: $id) { loyaltyCards { id code } } }",
                Map.of("id", customer)).path("customer").path("loyaltyCards").path(0);
        call(world, tenant, "mutation($i: RedeemRewardInput!) { redeemReward(input: $i) { id } }", Map.of("i",
                Map.of("cardId", card.path("id").asString(), "rewardId", reward, "locationId", location)));
        return new Loyalty(program, reward, customer, card.path("id").asString(), card.path("code").asString(),
                location);
    }

    private static JsonNode call(IsolationWorld world, TenantFixture tenant, String document, Map<String, ?> variables) {
        return world.graphQl().execute(tenant.adminToken(), document, variables).ok().body().path("data");
    }

    /** A's loyalty, as variables (pid, rid, cust, card, code, loc) and markers. */
    static Planted ofA(IsolationWorld world) {
        Loyalty a = plantLoyalty(world, world.a(), "A");
        return Planted.of(variables(a, Map.of()), a.programId(), a.rewardId(), a.customerId(), a.cardId(), a.code(),
                a.locationId(), "A Secret Club", "A Secret Reward", "AZacarias");
    }

    /** A's loyalty plus B's own (variables prefixed "b"), for inputs mixing the two. */
    static Planted ofAAndB(IsolationWorld world) {
        Planted a = ofA(world);
        Loyalty b = plantLoyalty(world, world.b(), "B");
        Map<String, Object> variables = new HashMap<>(a.variables());
        variables.putAll(Map.of("bpid", b.programId(), "brid", b.rewardId(), "bcust", b.customerId(),
                "bcard", b.cardId(), "bcode", b.code(), "bloc", b.locationId()));
        return new Planted(variables, a.markers());
    }

    private static Map<String, Object> variables(Loyalty l, Map<String, Object> more) {
        Map<String, Object> variables = new HashMap<>(Map.of("pid", l.programId(), "rid", l.rewardId(),
                "cust", l.customerId(), "card", l.cardId(), "code", l.code(), "loc", l.locationId()));
        variables.putAll(more);
        return variables;
    }

    @Override
    public List<IsolationCase> cases() {
        return List.of(
                IsolationCase.named("loyalty: program by id")
                        .plant(LoyaltyIsolationCases::ofA)
                        .attack("query($pid: ID!) { loyaltyProgram(id: $pid) { id name rewards { id name } } }")
                        .expectNotFound(),
                IsolationCase.named("loyalty: programs list shows only B's")
                        .plant(LoyaltyIsolationCases::ofA)
                        .attack("""
                                { loyaltyPrograms(first: 50, includeInactive: true) { edges { node { id name
                                  rewards(includeInactive: true) { id name } } } } }""")
                        .expectNoLeak()
                        .check((planted, response) -> assertThat(response.data("loyaltyPrograms.edges")).isEmpty()),
                IsolationCase.named("loyalty: reward by id")
                        .plant(LoyaltyIsolationCases::ofA)
                        .attack("query($rid: ID!) { reward(id: $rid) { id name program { id } } }")
                        .expectNotFound(),
                IsolationCase.named("loyalty: card by id")
                        .plant(LoyaltyIsolationCases::ofA)
                        .attack("query($card: ID!) { loyaltyCard(id: $card) { id code balance holder { id } } }")
                        .expectNotFound(),
                IsolationCase.named("loyalty: card by code (the counter screen)")
                        .plant(LoyaltyIsolationCases::ofA)
                        .attack("query($code: String!) { loyaltyCardByCode(code: $code) { id balance holder { id } } }")
                        .expectNotFound(),
                IsolationCase.named("loyalty: card by QR payload")
                        .plant(world -> {
                            Planted a = ofA(world);
                            Map<String, Object> variables = new HashMap<>(a.variables());
                            variables.put("qr", "radar:card:" + a.var("code"));
                            return new Planted(variables, a.markers());
                        })
                        .attack("query($qr: String!) { loyaltyCardByCode(code: $qr) { id balance } }")
                        .expectNotFound(),
                IsolationCase.named("loyalty: B's customers list their own cards only")
                        .plant(LoyaltyIsolationCases::ofAAndB)
                        .attack("""
                                { customers(first: 50) { edges { node { id loyaltyCards { id code balance
                                  program { id name } availableRewards { id name } } } } } }""")
                        .expectNoLeak(),
                IsolationCase.named("loyalty: redemptions list shows only B's")
                        .plant(LoyaltyIsolationCases::ofAAndB)
                        .attack("""
                                { redemptions(first: 50) { edges { node { id cost card { id code } reward { id name }
                                  location { id name } } } } }""")
                        .expectNoLeak()
                        .check((planted, response) -> assertThat(response.data("redemptions.edges")).hasSize(1)),
                IsolationCase.named("loyalty: redemptions filtered by A's customer")
                        .plant(LoyaltyIsolationCases::ofA)
                        .attack("query($cust: ID!) { redemptions(filter: {customerId: $cust}) { edges { node { id } } } }")
                        .expectNotFound(),
                IsolationCase.named("loyalty: redemptions filtered by A's card")
                        .plant(LoyaltyIsolationCases::ofA)
                        .attack("query($card: ID!) { redemptions(filter: {cardId: $card}) { edges { node { id } } } }")
                        .expectNotFound(),
                IsolationCase.named("loyalty: redemptions filtered by A's reward")
                        .plant(LoyaltyIsolationCases::ofA)
                        .attack("query($rid: ID!) { redemptions(filter: {rewardId: $rid}) { edges { node { id } } } }")
                        .expectNotFound(),
                IsolationCase.named("loyalty: redemptions filtered by A's location")
                        .plant(LoyaltyIsolationCases::ofA)
                        .attack("query($loc: ID!) { redemptions(filter: {locationId: $loc}) { edges { node { id } } } }")
                        .expectNotFound(),
                IsolationCase.named("loyalty: create a program in B")
                        .plant(LoyaltyIsolationCases::ofA)
                        .attack("""
                                mutation { createLoyaltyProgram(input: {name: "B Club", kind: STAMPS, stampsPerReward: 8}) {
                                  id name } }""")
                        .expectNoLeak()
                        .witness(PROGRAM_WITNESS),
                IsolationCase.named("loyalty: update A's program")
                        .plant(LoyaltyIsolationCases::ofA)
                        .attack("""
                                mutation($pid: ID!) { updateLoyaltyProgram(id: $pid, input: {name: "Hijacked",
                                  pointsPerVisit: 9999, expiryDays: 1}) { id } }""")
                        .expectNotFound()
                        .witness(PROGRAM_WITNESS),
                IsolationCase.named("loyalty: deactivate A's program")
                        .plant(LoyaltyIsolationCases::ofA)
                        .attack("mutation($pid: ID!) { deactivateLoyaltyProgram(id: $pid) { id active } }")
                        .expectNotFound()
                        .witness(PROGRAM_WITNESS),
                IsolationCase.named("loyalty: create a reward in A's program")
                        .plant(LoyaltyIsolationCases::ofA)
                        .attack("""
                                mutation($pid: ID!) { createReward(input: {programId: $pid, name: "Planted", cost: 1}) {
                                  id } }""")
                        .expectNotFound()
                        .witness(PROGRAM_WITNESS),
                IsolationCase.named("loyalty: update A's reward")
                        .plant(LoyaltyIsolationCases::ofA)
                        .attack("""
                                mutation($rid: ID!) { updateReward(id: $rid, input: {cost: 1, stock: null, name: "Free"}) {
                                  id } }""")
                        .expectNotFound()
                        .witness(PROGRAM_WITNESS),
                IsolationCase.named("loyalty: deactivate A's reward")
                        .plant(LoyaltyIsolationCases::ofA)
                        .attack("mutation($rid: ID!) { deactivateReward(id: $rid) { id active } }")
                        .expectNotFound()
                        .witness(PROGRAM_WITNESS),
                IsolationCase.named("loyalty: issue a card of B's program to A's customer")
                        .plant(LoyaltyIsolationCases::ofAAndB)
                        .attack("mutation($cust: ID!, $bpid: ID!) { issueLoyaltyCard(customerId: $cust, programId: $bpid) { id } }")
                        .expectNotFound()
                        .witness(CARD_WITNESS),
                IsolationCase.named("loyalty: issue a card of A's program to B's customer")
                        .plant(LoyaltyIsolationCases::ofAAndB)
                        .attack("mutation($bcust: ID!, $pid: ID!) { issueLoyaltyCard(customerId: $bcust, programId: $pid) { id } }")
                        .expectNotFound()
                        .witness(PROGRAM_WITNESS),
                IsolationCase.named("loyalty: redeem on A's card by id")
                        .plant(LoyaltyIsolationCases::ofAAndB)
                        .attack("""
                                mutation($card: ID!, $brid: ID!, $bloc: ID!) { redeemReward(input: {cardId: $card,
                                  rewardId: $brid, locationId: $bloc}) { id balanceAfter } }""")
                        .expectNotFound()
                        .witness(CARD_WITNESS),
                IsolationCase.named("loyalty: redeem on A's card by code")
                        .plant(LoyaltyIsolationCases::ofAAndB)
                        .attack("""
                                mutation($code: String!, $brid: ID!, $bloc: ID!) { redeemReward(input: {cardCode: $code,
                                  rewardId: $brid, locationId: $bloc}) { id balanceAfter } }""")
                        .expectNotFound()
                        .witness(CARD_WITNESS),
                IsolationCase.named("loyalty: redeem A's reward with B's card")
                        .plant(LoyaltyIsolationCases::ofAAndB)
                        .attack("""
                                mutation($bcard: ID!, $rid: ID!, $bloc: ID!) { redeemReward(input: {cardId: $bcard,
                                  rewardId: $rid, locationId: $bloc}) { id reward { name } } }""")
                        .expectNotFound()
                        .witness(PROGRAM_WITNESS),
                IsolationCase.named("loyalty: redeem at A's location")
                        .plant(LoyaltyIsolationCases::ofAAndB)
                        .attack("""
                                mutation($bcard: ID!, $brid: ID!, $loc: ID!) { redeemReward(input: {cardId: $bcard,
                                  rewardId: $brid, locationId: $loc}) { id location { name } } }""")
                        .expectNotFound(),
                IsolationCase.named("loyalty: adjust A's card")
                        .plant(LoyaltyIsolationCases::ofA)
                        .attack("""
                                mutation($card: ID!) { adjustPoints(input: {cardId: $card, delta: 1000,
                                  reason: "goodwill"}) { id balance } }""")
                        .expectNotFound()
                        .witness(CARD_WITNESS),
                IsolationCase.named("loyalty: record a visit in B by A's card code")
                        .plant(LoyaltyIsolationCases::ofAAndB)
                        .attack("""
                                mutation($code: String, $bloc: ID!) { recordVisit(input: {cardCode: $code,
                                  locationId: $bloc}) { id customer { id } } }""")
                        .expectNotFound()
                        .witness(CARD_WITNESS));
    }
}
