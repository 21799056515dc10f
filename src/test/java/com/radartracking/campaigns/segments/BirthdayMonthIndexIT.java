package com.radartracking.campaigns.segments;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.support.ApiIntegrationTest;
import com.radartracking.support.PlannerStatistics;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The BIRTHDAY_MONTH fact is a range of customers_business_birthday_md_idx for the application role, under
 * row-level security, and matches whom the former {@code extract(month from c.birthday) = m} matched: on a
 * business with 30,000 customers (a fifth without a birthday) and fresh statistics, EXPLAIN of a segment's
 * counts (capped and exact, as SegmentStore spells them) shows an index scan of it and no sequential scan for
 * every month; per month the ids, SegmentStore's counts and those of "not born in that month" agree with the
 * old condition (customers without a birthday in neither). A plan-shape check; timings belong to bench/.
 */
class BirthdayMonthIndexIT extends ApiIntegrationTest {

    private static final String INDEX = "customers_business_birthday_md_idx";

    @Autowired
    private TransactionTemplate transactions;

    @Autowired
    private NamedParameterJdbcTemplate named;

    @Autowired
    private SegmentStore store;

    @Autowired
    private org.springframework.core.env.Environment env;

    @Test
    void aBirthdayMonthIsAnIndexRangeUnderRowLevelSecurityWithTheSameCustomers() throws Exception {
        UUID business = signUpBusiness("Mes Café").businessId();
        // Birthdays spread over 80 years (every day of the year, 29 February of the leap years among them),
        // every fifth customer without one.
        asTenant(business, () -> jdbc.update(PlannerStatistics.customersWithBirthdays(30_000), business));
        PlannerStatistics.analyze(env, "customers");
        int withoutBirthday = asTenant(business, () -> jdbc.queryForObject(
                "select count(*) from customers where birthday is null", Integer.class));
        assertThat(withoutBirthday).isEqualTo(6000);

        for (int month = 1; month <= 12; month++) {
            SegmentCondition bornIn = SegmentRules.read(Map.of("fact", "BIRTHDAY_MONTH", "month", month));
            SegmentCondition notBornIn = SegmentRules.read(Map.of("not", Map.of("fact", "BIRTHDAY_MONTH",
                    "month", month)));

            MapSqlParameterSource params = new MapSqlParameterSource("businessId", business).addValue("cap", 10_001);
            String where = "c.business_id = :businessId and " + SegmentSql.where(bornIn, params);
            String capped = "select count(*) from (select 1 from customers c where " + where + " limit :cap) matches";
            String exact = "select count(*) from customers c where " + where;
            for (String statement : List.of(capped, exact)) {
                assertThat(explain(business, statement, params)).as("month %d: %s", month, statement)
                        .contains(INDEX).doesNotContain("Seq Scan");
            }

            List<UUID> ids = ids(business, "select c.id from customers c where " + where, params);
            List<UUID> former = ids(business, "select c.id from customers c where c.business_id = :businessId"
                    + " and extract(month from c.birthday) = :month", new MapSqlParameterSource("businessId", business)
                    .addValue("month", month));
            assertThat(ids).as("born in month %d", month).isNotEmpty().containsExactlyInAnyOrderElementsOf(former);
            assertThat(asTenant(business, () -> store.count(bornIn))).isEqualTo(former.size());
            assertThat(asTenant(business, () -> store.countUpTo(bornIn, 10))).isEqualTo(11);

            // "Not born in m": everyone else with a birthday, as before (NOT of NULL is not true).
            MapSqlParameterSource notParams = new MapSqlParameterSource("businessId", business);
            List<UUID> others = ids(business, "select c.id from customers c where c.business_id = :businessId and "
                    + SegmentSql.where(notBornIn, notParams), notParams);
            assertThat(others).as("not born in month %d", month).hasSize(30_000 - withoutBirthday - former.size())
                    .doesNotContainAnyElementsOf(former);
            assertThat(asTenant(business, () -> store.count(notBornIn))).isEqualTo(others.size());
        }
    }

    private <T> T asTenant(UUID business, Supplier<T> work) {
        return TenantContext.callAs(business, () -> transactions.execute(status -> work.get()));
    }

    private String explain(UUID business, String sql, MapSqlParameterSource params) {
        return asTenant(business, () -> {
            // The point is the application role's plan: row-level security must be in force for it.
            assertThat(jdbc.queryForObject("select row_security_active('customers')", Boolean.class)).isTrue();
            return String.join("\n", named.queryForList("explain " + sql, params, String.class));
        });
    }

    private List<UUID> ids(UUID business, String sql, MapSqlParameterSource params) {
        return asTenant(business, () -> named.queryForList(sql, params, UUID.class));
    }
}
