package com.radartracking.campaigns.editing;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.customers.SqlStatementLog;
import com.radartracking.support.ApiIntegrationTest;
import com.radartracking.support.GraphQlClient;
import com.radartracking.support.TenantFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The campaigns page costs a fixed number of SQL statements whatever its size: the tenant applied once, the
 * page, one statement for all the campaigns' saved segments and one for all their locations (data loaders).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignsPageSqlIT extends ApiIntegrationTest {

    private static final String PAGE = """
            query($first: Int) { campaigns(first: $first) { edges { cursor node {
              id name kind status nextRunAt trigger { type days } schedule { frequency localTime }
              segment { id name builtIn } locations { id name } message { title body data { key value } }
            } } pageInfo { hasNextPage endCursor } } }""";

    private TenantFixture tenant;

    @BeforeAll
    void campaigns() {
        graphQl = new GraphQlClient("http://127.0.0.1:" + port);
        tenant = signUpBusiness("Counted Campaigns");
        List<String> locations = List.of(createLocation(tenant.adminToken(), "Centro", 4.6, -74.08),
                createLocation(tenant.adminToken(), "Norte", 4.7, -74.05),
                createLocation(tenant.adminToken(), "Sur", 4.5, -74.1));
        List<String> segments = List.of("Regulars", "Newcomers", "Frequent").stream().map(name -> graphQl.execute(
                tenant.adminToken(), "mutation($n: String!) { createSegment(input: {name: $n, condition: "
                        + "{fact: VISIT_COUNT, op: GTE, number: 1}}) { id } }", Map.of("n", name)).ok()
                .text("createSegment.id")).toList();
        for (int i = 0; i < 25; i++) {
            Map<String, Object> input = CampaignLifecycleIT.input("Campaign " + i, "TRIGGERED",
                    "trigger", Map.of("type", "INACTIVITY", "days", 10 + i),
                    "segmentId", segments.get(i % 3),
                    "locationIds", List.of(locations.get(i % 3), locations.get((i + 1) % 3)));
            graphQl.execute(tenant.adminToken(), CampaignLifecycleIT.CREATE, Map.of("i", input)).ok();
        }
    }

    @Test
    void thePageCostsFourStatementsForAnyPageSize() {
        for (int first : new int[] {1, 5, 20}) {
            SqlStatementLog.watch(tenant.businessId());
            List<String> statements;
            try {
                assertThat(graphQl.execute(tenant.adminToken(), PAGE, Map.of("first", first)).ok()
                        .data("campaigns.edges")).hasSize(first);
            } finally {
                statements = SqlStatementLog.stop(tenant.businessId());
            }
            // set_config, the page, the segments, the locations
            assertThat(statements).as("page of %d: %s", first, statements).hasSize(4);
            assertThat(statements.stream().filter(sql -> sql.contains("set_config"))).hasSize(1);
        }
    }
}
