package com.radartracking.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.core.env.Environment;

/**
 * For the plan-shape ITs: statistics gathered as autovacuum would, before an EXPLAIN (the planner reads them,
 * and only the owner may ANALYZE), and a connection as the owner, for what definer functions run inside.
 */
public final class PlannerStatistics {

    /**
     * Customers of one business (its id is the statement's one parameter): {@code count} of them, birthdays
     * spread over 80 years (every day of the year, 29 February of the leap years among them), every fifth
     * without one.
     */
    public static String customersWithBirthdays(int count) {
        return """
                insert into customers (id, business_id, first_name, birthday)
                select gen_random_uuid(), ?, 'Bulk' || g,
                       case when g %% 5 = 0 then null else date '1940-01-01' + (g * 7919 %% 29220) end
                  from generate_series(1, %d) g""".formatted(count);
    }

    private PlannerStatistics() {
    }

    /** ANALYZE {@code table} as the owner. */
    public static void analyze(Environment env, String table) throws SQLException {
        ownerAfterAnalyze(env, table).close();
    }

    /** A connection as the owner, after ANALYZE of {@code table}; the caller closes it. */
    public static Connection ownerAfterAnalyze(Environment env, String table) throws SQLException {
        Connection asOwner = DriverManager.getConnection(env.getRequiredProperty("spring.datasource.url"),
                env.getRequiredProperty("spring.flyway.user"), env.getRequiredProperty("spring.flyway.password"));
        try (Statement statement = asOwner.createStatement()) {
            statement.execute("analyze " + table);
        } catch (SQLException e) {
            asOwner.close();
            throw e;
        }
        return asOwner;
    }
}
