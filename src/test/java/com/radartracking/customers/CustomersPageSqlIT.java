package com.radartracking.customers;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.support.GraphQlClient;
import com.radartracking.support.TenantFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The customers page costs a fixed number of SQL statements whatever its size (DESIGN.md §11: a page of
 * 50 with cards, last visit and tags in at most 5): the query runs in one transaction, so the tenant is
 * applied to row-level security once ({@code set_config}); the page and its total are one statement; each
 * child field is one data loader statement; tags and visit counters live on the customer row.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomersPageSqlIT extends CustomerApiTest {

    /** The panel's customers list: total, tags, last visit, preferred location. */
    private static final String PAGE = """
            query($first: Int) { customers(first: $first) { totalCount edges { node {
              id displayName tags visitCount lastVisitAt preferredLocation { name }
            } } pageInfo { hasNextPage endCursor } } }""";

    /** Every child field of Customer at once. */
    private static final String WIDE_PAGE = """
            query($first: Int) { customers(first: $first) { totalCount edges { node {
              id tags visitCount lastVisitAt preferredLocation { name } consents { type granted } notes { body }
            } } pageInfo { hasNextPage } } }""";

    private TenantFixture tenant;

    @BeforeAll
    void customers() {
        graphQl = new GraphQlClient("http://127.0.0.1:" + port);
        tenant = signUpBusiness("Counted Café");
        String centro = createLocation(tenant.adminToken(), "Centro", 4.6, -74.08);
        String norte = createLocation(tenant.adminToken(), "Norte", 4.7, -74.05);
        for (int i = 0; i < 101; i++) {
            String id = createCustomer(tenant.adminToken(), "Customer" + i, Map.of(
                    "preferredLocationId", i % 2 == 0 ? centro : norte, "tags", List.of("tag" + i % 3),
                    "consents", Map.of("push", true, "source", "PANEL")));
            if (i % 10 == 0) {
                graphQl.execute(tenant.adminToken(),
                        "mutation($id: ID!) { addCustomerNote(customerId: $id, body: \"hi\") { id } }",
                        Map.of("id", id)).ok();
                recordVisit(tenant.adminToken(), id, centro, "3");
            }
        }
    }

    @Test
    void thePageCostsThreeStatementsForAnyPageSize() {
        for (int first : new int[] {1, 10, 50, 100}) {
            List<String> statements = statementsFor(PAGE, first);
            assertThat(statements).as("page of %d: %s", first, statements).hasSize(3);
            assertThat(statements.get(0)).contains("set_config");
            assertThat(statements.stream().filter(sql -> sql.contains("set_config"))).hasSize(1);
        }
    }

    @Test
    void everyChildFieldAddsOneStatementWhateverThePageSize() {
        for (int first : new int[] {1, 10, 50, 100}) {
            // set_config, page + total, locations, consents, notes
            assertThat(statementsFor(WIDE_PAGE, first)).as("page of %d", first).hasSize(5);
        }
    }

    private List<String> statementsFor(String query, int first) {
        SqlStatementLog.watch(tenant.businessId());
        try {
            graphQl.execute(tenant.adminToken(), query, Map.of("first", first)).ok();
        } finally {
            return SqlStatementLog.stop(tenant.businessId());
        }
    }
}
