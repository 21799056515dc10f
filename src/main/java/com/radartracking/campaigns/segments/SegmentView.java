package com.radartracking.campaigns.segments;

import java.time.Instant;
import java.util.UUID;

/** The GraphQL {@code Segment} (customerCount through {@link SegmentLoaders}). */
record SegmentView(String id, UUID businessId, String name, String description, SegmentCondition condition,
        boolean builtIn, Instant createdAt, Instant updatedAt) {

    static SegmentView builtIn(UUID businessId, BuiltInSegments.BuiltIn segment) {
        return new SegmentView(segment.id(), businessId, segment.name(), SegmentWords.describe(segment.condition()),
                segment.condition(), true, null, null);
    }
}
