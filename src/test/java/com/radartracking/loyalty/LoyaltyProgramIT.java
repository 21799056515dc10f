package com.radartracking.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.support.GraphQlResponse;
import com.radartracking.support.TenantFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Programs and the rewards catalogue: creation, changes, deactivation, lists, validation and roles. */
class LoyaltyProgramIT extends LoyaltyApiTest {

    @Test
    void adminCreatesChangesAndDeactivatesAPointsProgram() {
        TenantFixture tenant = signUpBusiness("Program Café");
        JsonNode created = createProgramResponse(tenant.adminToken(), Map.of("name", "  Café Club ", "kind", "POINTS",
                "pointsPerVisit", 10, "pointsPerCurrencyUnit", "0.0010", "expiryDays", 180)).ok()
                .data("createLoyaltyProgram");
        assertThat(created.path("name").asString()).isEqualTo("Café Club");
        assertThat(created.path("kind").asString()).isEqualTo("POINTS");
        assertThat(created.path("pointsPerCurrencyUnit").asString()).isEqualTo("0.001");
        assertThat(created.path("expiryDays").asInt()).isEqualTo(180);
        assertThat(created.path("stampsPerReward").isNull()).isTrue();
        assertThat(created.path("active").asBoolean()).isTrue();
        String id = created.path("id").asString();

        JsonNode updated = graphQl.execute(tenant.adminToken(), """
                mutation($id: ID!) { updateLoyaltyProgram(id: $id, input: {name: "Club Café", expiryDays: null,
                  pointsPerVisit: 5}) { name expiryDays pointsPerVisit pointsPerCurrencyUnit } }""", Map.of("id", id))
                .ok().data("updateLoyaltyProgram");
        assertThat(updated.path("name").asString()).isEqualTo("Club Café");
        assertThat(updated.path("expiryDays").isNull()).isTrue();
        assertThat(updated.path("pointsPerVisit").asInt()).isEqualTo(5);
        assertThat(updated.path("pointsPerCurrencyUnit").asString()).isEqualTo("0.001");

        JsonNode deactivated = graphQl.execute(tenant.adminToken(),
                "mutation($id: ID!) { deactivateLoyaltyProgram(id: $id) { active } }", Map.of("id", id)).ok()
                .data("deactivateLoyaltyProgram");
        assertThat(deactivated.path("active").asBoolean()).isFalse();
        assertThat(programNames(tenant.adminToken(), false)).isEmpty();
        assertThat(programNames(tenant.adminToken(), true)).containsExactly("Club Café");

        graphQl.execute(tenant.adminToken(), "mutation($id: ID!) { updateLoyaltyProgram(id: $id, input: {active: true})"
                + " { active } }", Map.of("id", id)).ok();
        assertThat(programNames(tenant.adminToken(), false)).containsExactly("Club Café");

        assertThat(actions(tenant.businessId(), id)).containsExactly("loyalty.program_created",
                "loyalty.program_updated", "loyalty.program_deactivated", "loyalty.program_updated");
    }

    @Test
    void programsListOldestFirstWithPagination() {
        TenantFixture tenant = signUpBusiness("Many Programs");
        for (int i = 0; i < 3; i++) {
            createPointsProgram(tenant.adminToken(), "Program " + i, null);
        }
        JsonNode first = graphQl.execute(tenant.adminToken(), """
                { loyaltyPrograms(first: 2) { edges { cursor node { name } } pageInfo { hasNextPage endCursor } } }""")
                .ok().data("loyaltyPrograms");
        assertThat(first.path("edges").findValuesAsString("name")).containsExactly("Program 0", "Program 1");
        assertThat(first.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
        JsonNode second = graphQl.execute(tenant.adminToken(), """
                query($after: String) { loyaltyPrograms(first: 2, after: $after) { edges { node { name } }
                  pageInfo { hasNextPage } } }""", Map.of("after", first.path("pageInfo").path("endCursor").asString()))
                .ok().data("loyaltyPrograms");
        assertThat(second.path("edges").findValuesAsString("name")).containsExactly("Program 2");
        assertThat(second.path("pageInfo").path("hasNextPage").asBoolean()).isFalse();
    }

    @Test
    void stampsProgramsNeedStampsPerRewardAndRewardsDefaultToAFullCard() {
        TenantFixture tenant = signUpBusiness("Stamps Café");
        createProgramResponse(tenant.adminToken(), Map.of("name", "Stamps", "kind", "STAMPS"))
                .failsWith("BAD_USER_INPUT");
        JsonNode stamps = createProgramResponse(tenant.adminToken(), Map.of("name", "Stamps", "kind", "STAMPS",
                "stampsPerReward", 8)).ok().data("createLoyaltyProgram");
        assertThat(stamps.path("pointsPerVisit").asInt()).isEqualTo(1);
        JsonNode reward = createRewardResponse(tenant.adminToken(), Map.of("programId", stamps.path("id").asString(),
                "name", "Free coffee")).ok().data("createReward");
        assertThat(reward.path("cost").asInt()).isEqualTo(8);
        assertThat(reward.path("stock").isNull()).isTrue();
    }

    @Test
    void badProgramInputIsRefusedWithTheFieldNamed() {
        TenantFixture tenant = signUpBusiness("Bad Programs");
        Map<String, Map<String, Object>> bad = Map.of(
                "name", Map.of("name", " ", "kind", "POINTS", "pointsPerVisit", 1),
                "pointsPerVisit", Map.of("name", "X", "kind", "POINTS", "pointsPerVisit", -1),
                "pointsPerCurrencyUnit", Map.of("name", "X", "kind", "POINTS", "pointsPerCurrencyUnit", "-0.5"),
                "expiryDays", Map.of("name", "X", "kind", "POINTS", "pointsPerVisit", 1, "expiryDays", 0),
                "stampsPerReward", Map.of("name", "X", "kind", "POINTS", "pointsPerVisit", 1, "stampsPerReward", 5));
        bad.forEach((field, input) -> {
            GraphQlResponse response = createProgramResponse(tenant.adminToken(), input).failsWith("BAD_USER_INPUT");
            assertThat(response.firstError().path("extensions").path("field").asString()).as("%s", response.body())
                    .isEqualTo(field);
        });
        // Earning nothing at all is refused too.
        createProgramResponse(tenant.adminToken(), Map.of("name", "Nothing", "kind", "POINTS"))
                .failsWith("BAD_USER_INPUT");
    }

    @Test
    void rewardsCatalogueCrud() {
        TenantFixture tenant = signUpBusiness("Rewards Café");
        String program = createPointsProgram(tenant.adminToken(), "Club", null);
        String cake = createReward(tenant.adminToken(), program, "Cake", 200, 5);
        String coffee = createReward(tenant.adminToken(), program, "Coffee", 100, null);

        JsonNode updated = graphQl.execute(tenant.adminToken(), """
                mutation($id: ID!) { updateReward(id: $id, input: {name: "Big cake", stock: null, description: "Chocolate"}) {
                  name stock description cost } }""", Map.of("id", cake)).ok().data("updateReward");
        assertThat(updated.path("name").asString()).isEqualTo("Big cake");
        assertThat(updated.path("stock").isNull()).isTrue();
        assertThat(updated.path("cost").asInt()).isEqualTo(200);

        graphQl.execute(tenant.adminToken(), "mutation($id: ID!) { deactivateReward(id: $id) { active } }",
                Map.of("id", coffee)).ok();
        JsonNode catalogue = graphQl.execute(tenant.adminToken(), """
                query($id: ID!) { loyaltyProgram(id: $id) { rewards { name } all: rewards(includeInactive: true) { name } } }""",
                Map.of("id", program)).ok().data("loyaltyProgram");
        assertThat(catalogue.path("rewards").findValuesAsString("name")).containsExactly("Big cake");
        assertThat(catalogue.path("all").findValuesAsString("name")).containsExactly("Coffee", "Big cake");
        JsonNode reward = graphQl.execute(tenant.adminToken(), "query($id: ID!) { reward(id: $id) { name program { id } } }",
                Map.of("id", coffee)).ok().data("reward");
        assertThat(reward.path("program").path("id").asString()).isEqualTo(program);

        assertThat(actions(tenant.businessId(), cake)).containsExactly("loyalty.reward_created",
                "loyalty.reward_updated");
        assertThat(actions(tenant.businessId(), coffee)).containsExactly("loyalty.reward_created",
                "loyalty.reward_deactivated");
        createRewardResponse(tenant.adminToken(), Map.of("programId", program, "name", "Free", "cost", 0))
                .failsWith("BAD_USER_INPUT");
        createRewardResponse(tenant.adminToken(), Map.of("programId", program, "name", "Neg", "cost", 5, "stock", -1))
                .failsWith("BAD_USER_INPUT");
        createRewardResponse(tenant.adminToken(), Map.of("programId", program, "name", "No cost"))
                .failsWith("BAD_USER_INPUT");
        createRewardResponse(tenant.adminToken(), Map.of("programId", java.util.UUID.randomUUID().toString(),
                "name", "Orphan", "cost", 5)).failsWith("NOT_FOUND");
    }

    @Test
    void onlyAdminsManageProgramsWhileStaffAndAnalystsRead() {
        TenantFixture tenant = signUpBusiness("Roles Café");
        String location = createLocation(tenant.adminToken(), "Centro", 4.6, -74.08);
        String program = createPointsProgram(tenant.adminToken(), "Club", null);
        String reward = createReward(tenant.adminToken(), program, "Coffee", 100, null);
        for (String role : List.of("STAFF", "ANALYST")) {
            String token = addMember(tenant.adminToken(), role, role.equals("STAFF") ? List.of(location) : List.of())
                    .accessToken();
            createProgramResponse(token, Map.of("name", "Mine", "kind", "POINTS", "pointsPerVisit", 1))
                    .failsWith("FORBIDDEN");
            graphQl.execute(token, "mutation($id: ID!) { deactivateLoyaltyProgram(id: $id) { id } }",
                    Map.of("id", program)).failsWith("FORBIDDEN");
            graphQl.execute(token, "mutation($id: ID!) { updateReward(id: $id, input: {cost: 1}) { id } }",
                    Map.of("id", reward)).failsWith("FORBIDDEN");
            assertThat(programNames(token, false)).containsExactly("Club");
        }
        graphQl.execute(null, "{ loyaltyPrograms { edges { cursor } } }").failsWith("UNAUTHENTICATED");
    }

    private List<String> programNames(String token, boolean includeInactive) {
        return graphQl.execute(token, "query($all: Boolean) { loyaltyPrograms(includeInactive: $all) { edges { node { name } } } }",
                Map.of("all", includeInactive)).ok().data("loyaltyPrograms.edges").findValuesAsString("name");
    }
}
