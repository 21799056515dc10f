package com.radartracking.customers;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.support.TenantFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The customers page with each customer's loyalty cards (program, balance, available rewards), last visit
 * and tags costs the same statements for 2 rows as for 25, within the target of 5 SQL statements: the
 * cards come through one data loader (with their program in the same row), the rewards through another.
 */
class LoyaltyCardsPageSqlIT extends CustomerApiTest {

    private static final String PAGE = """
            query($first: Int) { customers(first: $first) { edges { node {
              id tags lastVisitAt loyaltyCards { code balance program { name kind } }
            } } pageInfo { hasNextPage } } }""";

    @Test
    void cardsOnTheCustomersPageCostOneQueryWhateverThePageSize() {
        TenantFixture tenant = signUpBusiness("Counted Cards");
        String centro = createLocation(tenant.adminToken(), "Centro", 4.6, -74.08);
        for (String program : List.of("Club", "Stamps")) {
            graphQl.execute(tenant.adminToken(), "mutation($i: CreateLoyaltyProgramInput!) { createLoyaltyProgram(input: $i) { id } }",
                    Map.of("i", program.equals("Club") ? Map.of("name", program, "kind", "POINTS", "pointsPerVisit", 5)
                            : Map.of("name", program, "kind", "STAMPS", "stampsPerReward", 6))).ok();
        }
        for (int i = 0; i < 25; i++) {
            String id = createCustomer(tenant.adminToken(), "Customer" + i, Map.of("tags", List.of("tag" + i % 3)));
            if (i % 2 == 0) {
                recordVisit(tenant.adminToken(), id, centro, "3");
            }
        }

        List<String> small = statementsFor(tenant, 2, PAGE);
        List<String> large = statementsFor(tenant, 25, PAGE);
        assertThat(large).as("statements for 25 rows vs 2 rows:%n%s%n%s", large, small).hasSameSizeAs(small);
        List<String> queries = large.stream().filter(sql -> !sql.contains("set_config")).toList();
        assertThat(queries).as("%s", queries).hasSize(2);
        assertThat(large).as("%s", large).hasSizeLessThanOrEqualTo(5);

        String withRewards = PAGE.replace("program { name kind }", "program { name kind } availableRewards { name }");
        List<String> rewards = statementsFor(tenant, 25, withRewards);
        assertThat(rewards.stream().filter(sql -> !sql.contains("set_config")).toList()).hasSize(3);
        assertThat(statementsFor(tenant, 2, withRewards)).hasSameSizeAs(rewards);
    }

    private List<String> statementsFor(TenantFixture tenant, int first, String document) {
        SqlStatementLog.watch(tenant.businessId());
        try {
            graphQl.execute(tenant.adminToken(), document, Map.of("first", first)).ok();
        } finally {
            return SqlStatementLog.stop(tenant.businessId());
        }
    }
}
