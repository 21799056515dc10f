package com.radartracking.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.radartracking.support.ApiIntegrationTest;
import com.radartracking.support.TenantFixture;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.orm.jpa.JpaTransactionManager;

/**
 * The shared transaction of a GraphQL query stays transaction-scoped: once the request is over, no pooled
 * connection carries its tenant (every connection of the pool is checked, so whichever served the query
 * is among them), also after a query that failed; switching tenant inside it suspends it, and switching
 * inside any other transaction is still refused.
 */
class QueryTransactionIT extends ApiIntegrationTest {

    @Autowired
    HikariDataSource pool;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void noPooledConnectionKeepsTheTenantOfAFinishedQuery() throws SQLException {
        TenantFixture tenant = signUpBusiness("Pool Café");
        graphQl.execute(tenant.adminToken(), "mutation { createCustomer(input: {firstName: \"Ana\"}) { id } }").ok();

        graphQl.execute(tenant.adminToken(), "{ customers(first: 5) { totalCount edges { node { id } } } }").ok();
        assertEveryPooledConnectionIsWithoutTenant();

        // A query that fails half-way (an unknown customer is NOT_FOUND) ends its transaction too.
        graphQl.execute(tenant.adminToken(), "{ customers(first: 1) { totalCount }"
                + " customer(id: \"00000000-0000-0000-0000-000000000001\") { id } }");
        assertEveryPooledConnectionIsWithoutTenant();
    }

    @Test
    void anotherTenantsWorkInsideAQueryTransactionRunsInItsOwnTransaction() {
        TenantFixture a = signUpBusiness("Suspending A");
        TenantFixture b = signUpBusiness("Suspending B");
        JpaTransactionManager manager = (JpaTransactionManager) transactionManager;
        TransactionTemplate own = new TransactionTemplate(manager);
        QueryTransactions.openScope();
        try {
            TenantContext.runAs(a.businessId(), () -> {
                assertThat(QueryTransactions.begin(manager)).isTrue();
                assertThat(setting()).isEqualTo(a.businessId().toString());
                String seenAsB = TenantContext.callAs(b.businessId(), () -> own.execute(status -> setting()));
                assertThat(seenAsB).isEqualTo(b.businessId().toString());
                assertThat(setting()).as("the query transaction resumed").isEqualTo(a.businessId().toString());
            });
        } finally {
            QueryTransactions.closeScope();
        }
        // Any other transaction still refuses a tenant switch.
        TenantContext.runAs(a.businessId(), () -> own.executeWithoutResult(status ->
                assertThatThrownBy(() -> TenantContext.runAs(b.businessId(), () -> { }))
                        .isInstanceOf(IllegalStateException.class)));
    }

    private String setting() {
        return jdbc.queryForObject("select current_setting('app.business_id', true)", String.class);
    }

    /** Holds every connection of the pool at once and looks at the tenant setting on each. */
    private void assertEveryPooledConnectionIsWithoutTenant() throws SQLException {
        List<Connection> held = new ArrayList<>();
        try {
            for (int i = 0; i < pool.getMaximumPoolSize(); i++) {
                held.add(pool.getConnection());
            }
            for (Connection connection : held) {
                try (Statement statement = connection.createStatement();
                        ResultSet rs = statement.executeQuery("select coalesce(current_setting('app.business_id', true), ''),"
                                + " (select count(*) from customers)")) {
                    rs.next();
                    assertThat(rs.getString(1)).as("tenant setting on a pooled connection").isEmpty();
                    assertThat(rs.getLong(2)).as("customers visible without a tenant").isZero();
                }
            }
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        assertThat(held).hasSize(pool.getMaximumPoolSize());
    }
}
