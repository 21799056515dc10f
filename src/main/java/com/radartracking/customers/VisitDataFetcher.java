package com.radartracking.customers;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import com.radartracking.platform.graphql.Connection;
import com.radartracking.platform.graphql.GraphQlLimits;
import com.radartracking.platform.graphql.PageArgs;
import java.util.List;
import java.util.Map;

/** GraphQL entry points for visits: recording one, and the filtered list. */
@DgsComponent
class VisitDataFetcher {

    private final VisitService visits;
    private final VisitQueries queries;
    private final CustomerQueries customers;
    private final GraphQlLimits limits;

    VisitDataFetcher(VisitService visits, VisitQueries queries, CustomerQueries customers, GraphQlLimits limits) {
        this.visits = visits;
        this.queries = queries;
        this.customers = customers;
        this.limits = limits;
    }

    @DgsMutation
    VisitView recordVisit(@InputArgument Map<String, Object> input) {
        return visits.record(GraphQlInputs.recordVisit(input));
    }

    /** A customer filter that names an unknown customer is NOT_FOUND rather than an empty page. */
    @DgsQuery
    Connection<VisitView> visits(@InputArgument Integer first, @InputArgument String after,
            @InputArgument Map<String, Object> filter, DgsDataFetchingEnvironment environment) {
        CustomerDataFetcher.requireReader();
        PageArgs page = PageArgs.of(first, after, limits.maxPageSize());
        VisitFilter criteria = GraphQlInputs.visitFilter(filter);
        if (criteria.customerId() != null && customers.view(criteria.customerId()).isEmpty()) {
            throw CustomerException.customerNotFound(criteria.customerId());
        }
        List<VisitView> rows = queries.page(criteria, page);
        Integer total = environment.getSelectionSet().contains("totalCount") ? queries.count(criteria) : null;
        return Connection.of(rows, page, total, row -> PageArgs.encode(row.occurredAt(), row.id()), row -> row);
    }
}
