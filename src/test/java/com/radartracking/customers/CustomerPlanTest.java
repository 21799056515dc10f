package com.radartracking.customers;

import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.support.PlannerStatistics;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Helpers of the plan-shape ITs of the customer list: EXPLAIN of what the application runs (as the
 * application role, under the business's tenant) and of what the definer functions run inside (as the
 * owner, like them), on a business seeded with many customers and fresh statistics.
 */
abstract class CustomerPlanTest extends CustomerApiTest {

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    NamedParameterJdbcTemplate named;

    @Autowired
    private org.springframework.core.env.Environment env;

    /** Seeds the business's customers with one statement (as the application role, under its tenant). */
    void seed(UUID business, String insert) {
        TenantContext.runAs(business, () -> transactions.executeWithoutResult(status -> jdbc.update(insert, business)));
    }

    /** A connection as the owner, after gathering the statistics autovacuum would (the planner reads them). */
    Connection ownerAfterAnalyze() throws SQLException {
        return PlannerStatistics.ownerAfterAnalyze(env, "customers");
    }

    static CustomerFilter search(String words) {
        return new CustomerFilter(words, List.of(), null, null, null, null, null, null, null, null);
    }

    static CustomerFilter tagged(String tag) {
        return new CustomerFilter(null, List.of(tag), null, null, null, null, null, null, null, null);
    }

    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    /**
     * Builds the statement a definer function executes ({@code builder} returns its text) and EXPLAINs it
     * as the owner, with the tenant set; nothing is kept.
     */
    static String explainInside(Connection asOwner, UUID business, String builder, Binder binder) throws SQLException {
        List<String> lines = new ArrayList<>();
        asOwner.setAutoCommit(false);
        try (Statement statement = asOwner.createStatement()) {
            statement.execute("select set_config('app.business_id', '" + business + "', true)");
            String sql;
            try (PreparedStatement build = asOwner.prepareStatement(builder)) {
                binder.bind(build);
                try (ResultSet rs = build.executeQuery()) {
                    rs.next();
                    sql = rs.getString(1);
                }
            }
            try (ResultSet rs = statement.executeQuery("explain " + sql)) {
                while (rs.next()) {
                    lines.add(rs.getString(1));
                }
            }
        } finally {
            asOwner.rollback();
            asOwner.setAutoCommit(true);
        }
        return String.join("\n", lines);
    }
}
