package com.radartracking.customers;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import com.radartracking.platform.graphql.Connection;
import com.radartracking.platform.graphql.GraphQlLimits;
import com.radartracking.platform.graphql.Ids;
import com.radartracking.platform.graphql.PageArgs;
import java.util.List;

/** A customer's merged history; details are flattened to key/value pairs for the schema. */
@DgsComponent
class TimelineDataFetcher {

    /** The GraphQL {@code TimelineEntry} type. */
    record EntryView(String id, java.time.Instant occurredAt, TimelineKind kind, String title, List<Detail> details) {
    }

    /** The GraphQL {@code TimelineDetail} type. */
    record Detail(String key, String value) {
    }

    private final TimelineService timeline;
    private final GraphQlLimits limits;

    TimelineDataFetcher(TimelineService timeline, GraphQlLimits limits) {
        this.timeline = timeline;
        this.limits = limits;
    }

    @DgsQuery
    Connection<EntryView> customerTimeline(@InputArgument String customerId, @InputArgument Integer first,
            @InputArgument String after) {
        // The cursor has its own shape (time and a string id), so PageArgs only checks the page size.
        PageArgs page = PageArgs.of(first, null, limits.maxPageSize());
        TimelineCursor before = TimelineService.decode(after);
        List<TimelineEntry> rows = timeline.page(Ids.parse("customerId", customerId), page.first(), before);
        Connection<EntryView> connection = Connection.of(rows, page, null, TimelineService::encode,
                TimelineDataFetcher::view);
        Connection.PageInfo info = connection.pageInfo();
        return new Connection<>(connection.edges(), new Connection.PageInfo(info.hasNextPage(), after != null,
                info.startCursor(), info.endCursor()), null);
    }

    static EntryView view(TimelineEntry entry) {
        List<Detail> details = entry.details().entrySet().stream()
                .map(detail -> new Detail(detail.getKey(), detail.getValue() == null ? null : detail.getValue().toString()))
                .toList();
        return new EntryView(entry.id(), entry.occurredAt(), entry.kind(), entry.title(), details);
    }
}
