package com.radartracking.customers;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.platform.graphql.PageArgs;
import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.support.TenantFixture;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The customers page and its total, as CustomerQueries runs them, read no business's rows in full: on
 * 30,000 customers with fresh statistics, EXPLAIN (as the application role) of the page statement shows
 * no sequential scan for no filter, a deep keyset page, common and rare words, an email prefix, a phone,
 * tags and tags with a visit range (nor with its total, for a selective filter); EXPLAIN of what customer_page_ids and customer_count execute inside
 * (as the owner, like the definer functions) shows none either, and a rare word uses the trigram index.
 * The function path returns exactly the rows the plain conditions of CustomerSearch return, in order.
 */
class CustomerPageIndexIT extends CustomerPlanTest {

    @Test
    void pageAndTotalUseTheIndexes() throws Exception {
        TenantFixture tenant = signUpBusiness("Paged Café");
        UUID business = tenant.businessId();
        seed(business, """
                insert into customers (id, business_id, first_name, last_name, email, phone, tags, visit_count,
                                       created_at)
                select gen_random_uuid(), ?, (array['Maria', 'Jose', 'Juan', 'Ana', 'Luis', 'Carlos', 'Laura',
                         'Andres', 'Camila', 'Valentina', 'Santiago', 'Sofia', 'Diego', 'Daniela', 'Jorge',
                         'Paula', 'Miguel', 'Lucia', 'Felipe', 'Gabriela'])[1 + g % 20],
                       'Family' || (g % 997), 'customer' || g || '@mail.example', '+5730' || lpad(g::text, 8, '0'),
                       case when g % 500 = 0 then '{vip}'::text[] when g % 8 = 1 then '{frecuente}'::text[]
                            else '{}'::text[] end, g % 40, now() - make_interval(secs => g)
                  from generate_series(1, 30000) g""");
        // The table is shared by every test's businesses, and ITs run in the clone's file order: alone with
        // this business's 30,000 rows a sequential scan of the whole table can rightly cost less than the
        // trigram index for "customer1234" (seen in a fresh clone), so another business's rows make it the
        // size a rare word is meant to be rare in, whatever ran before.
        UUID other = signUpBusiness("Busy Neighbour").businessId();
        seed(other, """
                insert into customers (id, business_id, first_name, last_name, email, created_at)
                select gen_random_uuid(), ?, 'Vecino', 'Family' || (g % 997), 'neighbour' || g || '@other.example',
                       now() - make_interval(secs => g)
                  from generate_series(1, 90000) g""");
        try (Connection asOwner = ownerAfterAnalyze()) {
            PageArgs firstPage = PageArgs.of(50, null, 100);
            PageArgs deepPage = PageArgs.of(50, PageArgs.encode(java.time.Instant.now().minusSeconds(25_000),
                    new UUID(0, 0)), 100);
            List<CustomerFilter> filters = List.of(CustomerFilter.NONE, search("maria"), search("family42 maria"),
                    search("customer1234"), search("30001234"), tagged("vip"), tagged("frecuente"),
                    new CustomerFilter(null, List.of("frecuente"), null, null, null, null, 30, null, null, null));
            List<CustomerFilter> selective = List.of(search("customer1234"), search("30001234"), tagged("vip"),
                    search("family42 maria"));
            for (CustomerFilter filter : filters) {
                for (PageArgs page : List.of(firstPage, deepPage)) {
                    // Counting most of a business (no filter, a common word) may rightly read it all; a
                    // selective filter's total must not.
                    for (boolean withTotal : selective.contains(filter) ? new boolean[] {false, true}
                            : new boolean[] {false}) {
                        assertThat(plan(business, filter, page, withTotal))
                                .as("page statement for %s, after %s, total %s", filter, page.position(), withTotal)
                                .doesNotContain("Seq Scan");
                    }
                    if (CustomerPageFilter.needsIndexFunctions(filter)) {
                        String inner = innerPagePlan(asOwner, business, filter, page);
                        assertThat(inner).as("customer_page_ids for %s", filter).doesNotContain("Seq Scan");
                    }
                }
            }
            for (CustomerFilter rare : selective.subList(0, 3)) {
                assertThat(innerCountPlan(asOwner, business, rare)).as("customer_count for %s", rare)
                        .contains(rare.tags().isEmpty() ? "customers_search_trgm" : "customers_tags_gin")
                        .doesNotContain("Seq Scan");
                assertThat(innerPagePlan(asOwner, business, rare, firstPage)).doesNotContain("Seq Scan");
            }
            for (CustomerFilter filter : filters) {
                for (PageArgs page : List.of(firstPage, deepPage)) {
                    assertThat(ids(business, filter, page, true)).as("function path = plain path for %s", filter)
                            .isEqualTo(plainIds(business, filter, page));
                }
            }
        }
    }

    private String plan(UUID business, CustomerFilter filter, PageArgs page, boolean withTotal) {
        return TenantContext.callAs(business, () -> transactions.execute(status -> {
            CustomerQueries.PageStatement statement = CustomerQueries.pageStatement(business, filter, page, withTotal);
            return String.join("\n", named.queryForList("explain " + statement.sql(), statement.params(), String.class));
        }));
    }

    /** Ids of the page as CustomerQueries reads it. */
    private List<UUID> ids(UUID business, CustomerFilter filter, PageArgs page, boolean withTotal) {
        return TenantContext.callAs(business, () -> transactions.execute(status -> {
            CustomerQueries.PageStatement statement = CustomerQueries.pageStatement(business, filter, page, withTotal);
            return named.query(statement.sql(), statement.params(), (rs, row) -> rs.getObject("id", UUID.class))
                    .stream().filter(java.util.Objects::nonNull).toList(); // an empty page with its total: one null row
        }));
    }

    /** Ids of the page with CustomerSearch's plain conditions (customer_search_ids for words and tags). */
    private List<UUID> plainIds(UUID business, CustomerFilter filter, PageArgs page) {
        return TenantContext.callAs(business, () -> transactions.execute(status -> {
            CustomerSearch.Sql sql = CustomerSearch.where(business, filter);
            String where = sql.where();
            if (page.position() != null) {
                where += " and (c.created_at, c.id) < (:afterCreatedAt, :afterId)";
                sql.params().addValue("afterCreatedAt", page.position().createdAt().atOffset(java.time.ZoneOffset.UTC))
                        .addValue("afterId", page.position().id());
            }
            return named.query("select c.id from customers c where " + where
                    + " order by c.created_at desc, c.id desc limit " + (page.first() + 1), sql.params(),
                    (rs, row) -> rs.getObject("id", UUID.class));
        }));
    }

    private static String innerPagePlan(Connection asOwner, UUID business, CustomerFilter filter, PageArgs page)
            throws SQLException {
        PageArgs.Position after = page.position();
        return explainInside(asOwner, business, "select customer_page_sql(cast(? as jsonb), ?, ?, ?)", build -> {
            build.setString(1, CustomerPageFilter.json(filter));
            build.setObject(2, after == null ? null : after.createdAt().atOffset(java.time.ZoneOffset.UTC));
            build.setObject(3, after == null ? null : after.id());
            build.setInt(4, page.first() + 1);
        });
    }

    private static String innerCountPlan(Connection asOwner, UUID business, CustomerFilter filter) throws SQLException {
        return explainInside(asOwner, business, "select 'select count(*) from customers c where '"
                + " || customer_filter_sql(cast(? as jsonb))", build -> build.setString(1, CustomerPageFilter.json(filter)));
    }
}
