package com.radartracking.push.sending;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.customers.SqlStatementLog;
import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.support.GraphQlClient;
import com.radartracking.support.TenantFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A page of notifications with every child field (customer, device, send with its sender, counts and skip
 * counts, the connection's counts) costs the same number of SQL statements whatever its size: each child
 * field is one data loader statement. Likewise a page of customers with their devices, notifications and
 * skips, and a page of sends with their first skips and notifications.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PushNotificationsPageSqlIT extends PushTestSupport {

    private static final String NOTIFICATIONS = """
            query($first: Int) { notifications(first: $first) { counts { total queued heldBack }
              edges { cursor node { id title status dueAt customer { id displayName } device { id platform stale }
                send { id title createdByName counts { total } skipCounts { reason count } } } }
              pageInfo { hasNextPage endCursor } } }""";
    private static final String CUSTOMERS = """
            query($first: Int) { customers(first: $first) { edges { node { id
              devices { id active } notifications(first: 5) { counts { total } edges { node { id title } } }
              pushSkips(first: 5) { edges { node { reason } } } } } } }""";
    /** The push history with each send's first skips and notifications (and their counts). */
    private static final String SENDS = """
            query($first: Int) { pushSends(first: $first) { edges { node { id createdByName canCancel
              counts { total } skipCounts { reason count }
              skips(first: 3) { edges { node { reason customer { id } } } }
              notifications(first: 3) { counts { total sent } edges { node { id device { platform } } } }
              queued: notifications(first: 2, status: QUEUED) { edges { node { id } } } } } } }""";

    private TenantFixture tenant;

    @BeforeAll
    void notifications() {
        graphQl = new GraphQlClient("http://127.0.0.1:" + port);
        worker.pause(true);
        tenant = signUpBusiness("Counted Push");
        List<UUID> customers = new ArrayList<>(bulkCustomers(tenant.businessId(), 60, true, "x"));
        customers.addAll(bulkCustomers(tenant.businessId(), 5, false, "x"));
        for (int i = 0; i < 4; i++) {
            String id = sendPush(tenant.adminToken(), Map.of("kind", "ALL"), message("Hi " + i, "{{firstName}}"))
                    .ok().text("sendPush.id");
            TenantContext.runAs(tenant.businessId(), () -> worker.expand(UUID.fromString(id), 100));
        }
    }

    @AfterAll
    void resume() {
        worker.pause(false);
    }

    @Test
    void aPageOfNotificationsCostsTheSameStatementsForAnySize() {
        List<Integer> counts = new ArrayList<>();
        for (int first : new int[] {1, 10, 50, 100}) {
            counts.add(statementsFor(NOTIFICATIONS, first).size());
        }
        // set_config, page, counts, customers, devices, sends, sender names, send counts, skip counts
        assertThat(counts).as("statements per page size 1, 10, 50, 100").containsOnly(counts.getFirst());
        assertThat(counts.getFirst()).isLessThanOrEqualTo(9);
    }

    @Test
    void aPageOfCustomersWithTheirPushFieldsCostsTheSameStatementsForAnySize() {
        List<Integer> counts = new ArrayList<>();
        for (int first : new int[] {1, 10, 50}) {
            counts.add(statementsFor(CUSTOMERS, first).size());
        }
        assertThat(counts).as("statements per page size 1, 10, 50").containsOnly(counts.getFirst());
    }

    @Test
    void aPageOfSendsWithTheirSkipsAndNotificationsCostsTheSameStatementsForAnySize() {
        List<Integer> counts = new ArrayList<>();
        for (int first : new int[] {1, 2, 4}) {
            List<String> statements = statementsFor(SENDS, first);
            counts.add(statements.size());
            assertThat(statements).as("%s", statements).hasSizeLessThanOrEqualTo(12);
        }
        assertThat(counts).as("statements per page size 1, 2, 4").containsOnly(counts.getFirst());
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
