package com.radartracking.audit;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import com.radartracking.platform.graphql.Connection;
import com.radartracking.platform.graphql.GraphQlLimits;
import com.radartracking.platform.graphql.PageArgs;

/** Lets an Admin read who did what in their business. */
@DgsComponent
class ActivityLogDataFetcher {

    private final ActivityLogQuery query;
    private final GraphQlLimits limits;

    ActivityLogDataFetcher(ActivityLogQuery query, GraphQlLimits limits) {
        this.query = query;
        this.limits = limits;
    }

    /** No totalCount: counting a whole audit trail on every page would cost more than it tells. */
    @DgsQuery
    Connection<ActivityLogQuery.Entry> activityLog(@InputArgument Integer first, @InputArgument String after,
            @InputArgument String entityType, @InputArgument String entityId) {
        PageArgs page = PageArgs.of(first, after, limits.maxPageSize());
        return Connection.of(query.page(page, entityType, entityId).rowsPlusOne(), page, null,
                ActivityLogQuery::cursor, entry -> entry);
    }
}
