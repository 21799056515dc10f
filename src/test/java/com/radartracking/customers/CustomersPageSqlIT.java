package com.radartracking.customers;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.support.TenantFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The customers page with preferred location, tags, consents, notes and visit counters costs the same
 * number of SQL statements for 2 rows as for 25: child fields go through data loaders, counters and
 * tags live on the customer row.
 */
class CustomersPageSqlIT extends CustomerApiTest {

    private static final String PAGE = """
            query($first: Int) { customers(first: $first) { edges { node {
              id tags visitCount lastVisitAt preferredLocation { name } consents { type granted } notes { body }
            } } pageInfo { hasNextPage } } }""";

    @Test
    void statementCountDoesNotGrowWithThePageSize() {
        TenantFixture tenant = signUpBusiness("Counted Café");
        String centro = createLocation(tenant.adminToken(), "Centro", 4.6, -74.08);
        String norte = createLocation(tenant.adminToken(), "Norte", 4.7, -74.05);
        for (int i = 0; i < 25; i++) {
            String id = createCustomer(tenant.adminToken(), "Customer" + i, Map.of(
                    "preferredLocationId", i % 2 == 0 ? centro : norte, "tags", List.of("tag" + i % 3),
                    "consents", Map.of("push", true, "source", "PANEL")));
            graphQl.execute(tenant.adminToken(), "mutation($id: ID!) { addCustomerNote(customerId: $id, body: \"hi\") { id } }",
                    Map.of("id", id)).ok();
            if (i % 5 == 0) {
                recordVisit(tenant.adminToken(), id, centro, "3");
            }
        }

        List<String> small = statementsFor(tenant, 2);
        List<String> large = statementsFor(tenant, 25);
        assertThat(large).as("statements for 25 rows vs 2 rows:%n%s%n%s", large, small).hasSameSizeAs(small);
        // One transaction per loader (each opens with set_config for row-level security): the page, the
        // locations, the consents and the notes.
        List<String> queries = large.stream().filter(sql -> !sql.contains("set_config")).toList();
        assertThat(queries).as("%s", queries).hasSize(4);
        assertThat(large).hasSizeLessThanOrEqualTo(8);
    }

    private List<String> statementsFor(TenantFixture tenant, int first) {
        SqlStatementLog.watch(tenant.businessId());
        try {
            graphQl.execute(tenant.adminToken(), PAGE, Map.of("first", first)).ok();
        } finally {
            return SqlStatementLog.stop(tenant.businessId());
        }
    }
}
