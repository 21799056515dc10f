package com.radartracking.customers;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.InputArgument;
import com.radartracking.platform.tenancy.TenantContext;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * {@code CustomerConnection.matchCount}: how many customers match the list's filter, counted only up to a
 * cap. An exact count of a broad search on a large business costs seconds; a list only needs "1,234" or
 * "more than 10,000", and stopping at the cap keeps that in the tens of milliseconds. The filter comes
 * from the {@code customers} field through the local context, so the count always matches the page.
 */
@DgsComponent
class CustomerMatchCountDataFetcher {

    static final int DEFAULT_CAP = 10_000;
    static final int MAX_CAP = 100_000;

    /** {@code exact} is false when there are more than {@code value} matches. */
    record MatchCount(int value, boolean exact) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    CustomerMatchCountDataFetcher(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @DgsData(parentType = "CustomerConnection", field = "matchCount")
    MatchCount matchCount(@InputArgument Integer cap, DgsDataFetchingEnvironment environment) {
        int limit = cap == null ? DEFAULT_CAP : cap;
        if (limit < 1 || limit > MAX_CAP) {
            throw CustomerException.badInput("cap", "cap must be between 1 and " + MAX_CAP);
        }
        CustomerFilter filter = environment.getLocalContext();
        long found = count(filter == null ? CustomerFilter.NONE : filter, limit);
        return found > limit ? new MatchCount(limit, false) : new MatchCount((int) found, true);
    }

    /** Up to {@code cap + 1} matches (one more than the cap tells that there are more). */
    private long count(CustomerFilter filter, int cap) {
        if (CustomerPageFilter.needsIndexFunctions(filter)) {
            return jdbc.queryForObject("select customer_count_up_to(cast(:filter as jsonb), :cap)",
                    new MapSqlParameterSource("filter", CustomerPageFilter.json(filter)).addValue("cap", cap), Long.class);
        }
        CustomerSearch.Sql sql = CustomerSearch.where(TenantContext.require(), filter);
        return jdbc.queryForObject("select count(*) from (select 1 from customers c where " + sql.where()
                + " limit :capPlusOne) matches", sql.params().addValue("capPlusOne", cap + 1), Long.class);
    }
}
