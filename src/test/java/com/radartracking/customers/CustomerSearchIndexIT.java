package com.radartracking.customers;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.platform.graphql.PageArgs;
import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.support.TenantFixture;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Search and tag filters are answered by the trigram and tag indexes, not by reading the business's
 * rows: on a business with 30,000 customers and fresh statistics, EXPLAIN of the list's statements (as
 * the application role) shows no sequential scan, and EXPLAIN of the statement the search function runs
 * uses customers_search_trgm / customers_tags_gin. A plan-shape check; timings belong to bench/.
 */
class CustomerSearchIndexIT extends CustomerPlanTest {

    @Test
    void searchAndTagFiltersUseTheIndexes() throws Exception {
        TenantFixture tenant = signUpBusiness("Big Café");
        seed(tenant.businessId(), """
                insert into customers (id, business_id, first_name, last_name, email, phone, tags, created_at)
                select gen_random_uuid(), ?, 'Name' || g, 'Family' || (g % 997), 'customer' || g || '@mail.example',
                       '+5730' || lpad(g::text, 8, '0'),
                       case when g % 500 = 0 then '{vip}'::text[] else '{}'::text[] end, now() - make_interval(secs => g)
                  from generate_series(1, 30000) g""");
        try (Connection asOwner = ownerAfterAnalyze()) {
            for (CustomerFilter filter : List.of(search("name12345"), search("family42 name7"),
                    search("mail.example 0001234"), search("30001234"), tagged("vip"))) {
                // "mail.example" matches every customer of this business. Whether the trigram index then
                // still pays depends on how much of the (shared) table the ANALYZE sample finds matching it,
                // i.e. on which tests ran before: reading the business's rows by business_id is as good a plan
                // there, so that search must only use an index, not a particular one.
                boolean everyRowMatches = filter.search() != null && filter.search().contains("mail.example");
                String page = plan(tenant.businessId(), filter, true);
                String count = plan(tenant.businessId(), filter, false);
                assertThat(page).as("page plan for %s", filter).contains("customer_search_ids")
                        .doesNotContain("Seq Scan");
                assertThat(count).as("count plan for %s", filter).doesNotContain("Seq Scan");
                String inner = searchPlan(asOwner, tenant.businessId(), filter);
                assertThat(inner).as("search plan for %s", filter).doesNotContain("Seq Scan")
                        .contains(everyRowMatches ? "Index" : filter.tags().isEmpty() ? "customers_search_trgm"
                                : "customers_tags_gin");
            }
        }
        // And the function finds what the plain LIKE would find, in this business only.
        List<String> found = TenantContext.callAs(tenant.businessId(), () -> transactions.execute(status ->
                named.queryForList("select first_name from customers c where "
                        + CustomerSearch.where(tenant.businessId(), search("name12345")).where(),
                        CustomerSearch.where(tenant.businessId(), search("name12345")).params(), String.class)));
        assertThat(found).containsExactly("Name12345");
    }

    /** EXPLAIN of the page (or count) statement CustomerQueries runs, as the application role. */
    private String plan(UUID businessId, CustomerFilter filter, boolean page) {
        return TenantContext.callAs(businessId, () -> transactions.execute(status -> {
            CustomerSearch.Sql sql = CustomerSearch.where(businessId, filter);
            String statement = page
                    ? "select " + CustomerQueries.COLUMNS + " from customers c where " + sql.where()
                            + " order by c.created_at desc, c.id desc limit " + (PageArgs.DEFAULT_PAGE_SIZE + 1)
                    : "select count(*) from customers c where " + sql.where();
            return String.join("\n", named.queryForList("explain " + statement, sql.params(), String.class));
        }));
    }

    /** EXPLAIN of the statement customer_search_ids executes (as the owner, like the definer function). */
    private static String searchPlan(Connection asOwner, UUID businessId, CustomerFilter filter) throws SQLException {
        Map<String, Object> values = CustomerSearch.where(businessId, filter).params().getValues();
        return explainInside(asOwner, businessId, "select customer_search_sql(?, ?)", build -> {
            build.setObject(1, values.getOrDefault("patterns", new String[0]));
            build.setObject(2, values.getOrDefault("tags", new String[0]));
        });
    }
}
