package com.radartracking.campaigns.segments;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Segments as the rest of the campaigns module uses them: a saved or ready-made segment, by id, compiled to
 * one SQL condition on {@code customers c} (under the current tenant), so the engine selects a campaign's
 * audience in set-based statements rather than customer by customer.
 */
@Component
public class SegmentFilters {

    private final SegmentStore store;
    private final SegmentReferences references;

    SegmentFilters(SegmentStore store, SegmentReferences references) {
        this.store = store;
        this.references = references;
    }

    /**
     * Why a campaign could not use the segment now.
     *
     * @param reason NOT_FOUND (no such segment in this business: unknown, malformed or another business's),
     *               SEGMENT_DELETED, or what its condition points at that is gone: UNKNOWN_TAG,
     *               LOCATION_INACTIVE, LOCATION_NOT_FOUND
     */
    public record Problem(String reason, String message) {
    }

    /**
     * Checks that {@code segmentId} names a live saved segment or a ready-made one, and that its condition still
     * points at something (a tag some customer carries, an active location of the business): the same checks as
     * saving the segment, so a campaign is not saved or activated with a segment that silently matches no one.
     */
    @Transactional(readOnly = true)
    public Optional<Problem> problem(String segmentId) {
        Optional<SegmentCondition> condition = condition(segmentId);
        if (condition.isEmpty()) {
            UUID id = savedId(segmentId);
            if (id != null && store.deleted(id)) {
                return Optional.of(new Problem("SEGMENT_DELETED", "The segment " + segmentId + " was deleted"));
            }
            return Optional.of(new Problem("NOT_FOUND", "Segment not found: " + segmentId));
        }
        try {
            references.check(condition.get());
            return Optional.empty();
        } catch (SegmentException refused) {
            Object reason = refused.extensions().get("reason");
            return Optional.of(new Problem(reason == null ? "LOCATION_NOT_FOUND" : reason.toString(),
                    "The segment's condition no longer holds: " + refused.getMessage()));
        }
    }

    /** The segment's condition, or empty when {@code segmentId} names no segment (unknown, deleted, malformed). */
    public Optional<SegmentCondition> condition(String segmentId) {
        if (segmentId == null) {
            return Optional.empty();
        }
        if (segmentId.startsWith(BuiltInSegments.PREFIX)) {
            return BuiltInSegments.find(segmentId).map(BuiltInSegments.BuiltIn::condition);
        }
        UUID id = savedId(segmentId);
        return id == null ? Optional.empty() : store.find(id).map(SegmentView::condition);
    }

    private static UUID savedId(String segmentId) {
        try {
            return UUID.fromString(segmentId);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The condition's SQL on {@code customers c}; its values are bound in {@code params} with names starting
     * with {@code prefix}, so several conditions can share one statement.
     */
    public String where(SegmentCondition condition, MapSqlParameterSource params, String prefix) {
        return SegmentSql.where(condition, params, prefix);
    }
}
