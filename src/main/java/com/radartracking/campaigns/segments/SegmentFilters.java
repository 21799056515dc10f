package com.radartracking.campaigns.segments;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Segments as the rest of the campaigns module uses them: a saved or ready-made segment, by id, compiled to
 * one SQL condition on {@code customers c} (under the current tenant), so the engine selects a campaign's
 * audience in set-based statements rather than customer by customer.
 */
@Component
public class SegmentFilters {

    private final SegmentStore store;

    SegmentFilters(SegmentStore store) {
        this.store = store;
    }

    /** The segment's condition, or empty when {@code segmentId} names no segment (unknown, deleted, malformed). */
    public Optional<SegmentCondition> condition(String segmentId) {
        if (segmentId == null) {
            return Optional.empty();
        }
        if (segmentId.startsWith(BuiltInSegments.PREFIX)) {
            return BuiltInSegments.find(segmentId).map(BuiltInSegments.BuiltIn::condition);
        }
        UUID id;
        try {
            id = UUID.fromString(segmentId);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return store.find(id).map(SegmentView::condition);
    }

    /** The segment's name and condition in words, e.g. "VIPs: has tag vip", or empty like {@link #condition}. */
    public Optional<String> describe(String segmentId) {
        if (segmentId != null && segmentId.startsWith(BuiltInSegments.PREFIX)) {
            return BuiltInSegments.find(segmentId).map(b -> b.name() + ": " + SegmentWords.describe(b.condition()));
        }
        return condition(segmentId).flatMap(c -> store.find(UUID.fromString(segmentId)))
                .map(view -> view.name() + ": " + view.description());
    }

    /**
     * The condition's SQL on {@code customers c}; its values are bound in {@code params} with names starting
     * with {@code prefix}, so several conditions can share one statement.
     */
    public String where(SegmentCondition condition, MapSqlParameterSource params, String prefix) {
        return SegmentSql.where(condition, params, prefix);
    }
}
