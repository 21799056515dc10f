package com.radartracking.campaigns.segments;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import com.radartracking.customers.CustomerObjects;
import com.radartracking.platform.graphql.Connection;
import com.radartracking.platform.graphql.GraphQlLimits;
import com.radartracking.platform.graphql.PageArgs;
import com.radartracking.platform.tenancy.TenantContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;

/** Segments over GraphQL: saved ones, the ready-made RFM ones, and the live preview of a condition. */
@DgsComponent
class SegmentDataFetcher {

    private final SegmentService segments;
    private final GraphQlLimits limits;

    SegmentDataFetcher(SegmentService segments, GraphQlLimits limits) {
        this.segments = segments;
        this.limits = limits;
    }

    /** Saved segments newest first; with includeBuiltIn the ready-made ones lead the first page. */
    @DgsQuery
    Connection<SegmentView> segments(@InputArgument Integer first, @InputArgument String after,
            @InputArgument Boolean includeBuiltIn) {
        PageArgs page = PageArgs.of(first, after, limits.maxPageSize());
        List<SegmentView> rows = segments.page(page);
        if (Boolean.TRUE.equals(includeBuiltIn) && after == null) {
            List<SegmentView> withBuiltIn = new ArrayList<>();
            BuiltInSegments.ALL.forEach(segment -> withBuiltIn.add(SegmentView.builtIn(TenantContext.require(), segment)));
            withBuiltIn.addAll(rows);
            rows = withBuiltIn;
        }
        return Connection.of(rows, page, null, SegmentDataFetcher::cursor, row -> row);
    }

    @DgsQuery
    SegmentView segment(@InputArgument String id) {
        return segments.find(id);
    }

    @DgsQuery
    SegmentService.Preview segmentPreview(@InputArgument Map<String, Object> condition, @InputArgument Boolean exact) {
        return segments.preview(condition, Boolean.TRUE.equals(exact));
    }

    @DgsMutation
    SegmentView createSegment(@InputArgument Map<String, Object> input) {
        return segments.create(input);
    }

    @DgsMutation
    SegmentView updateSegment(@InputArgument String id, @InputArgument Map<String, Object> input) {
        return segments.update(id, input);
    }

    @DgsMutation
    String deleteSegment(@InputArgument String id) {
        return segments.delete(id);
    }

    @DgsData(parentType = "Segment", field = "customerCount")
    CompletableFuture<Integer> customerCount(DgsDataFetchingEnvironment environment) {
        SegmentView segment = environment.getSourceOrThrow();
        DataLoader<SegmentLoaders.CountKey, Integer> loader = environment.getDataLoader(SegmentLoaders.COUNTS);
        return loader.load(new SegmentLoaders.CountKey(segment.businessId(), segment.condition()));
    }

    /** The sample's customers through the customers module's loader (one statement for the five). */
    @DgsData(parentType = "SegmentPreview", field = "sample")
    CompletableFuture<List<Object>> sample(DgsDataFetchingEnvironment environment) {
        SegmentService.Preview preview = environment.getSourceOrThrow();
        UUID businessId = TenantContext.require();
        List<CompletableFuture<Object>> customers = preview.sample().stream()
                .map(id -> CustomerObjects.load(environment, businessId, id)).toList();
        return CompletableFuture.allOf(customers.toArray(CompletableFuture[]::new))
                .thenApply(done -> customers.stream().map(CompletableFuture::join).toList());
    }

    private static String cursor(SegmentView row) {
        return row.createdAt() == null ? row.id() : PageArgs.encode(row.createdAt(), UUID.fromString(row.id()));
    }
}
