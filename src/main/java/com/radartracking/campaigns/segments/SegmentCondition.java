package com.radartracking.campaigns.segments;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * One node of a segment's condition tree: exactly one of {@code all}, {@code any}, {@code not} or
 * {@code fact} (with the fields that fact takes). The same record is the GraphQL {@code SegmentCondition},
 * the parsed {@code SegmentConditionInput} and the JSON stored in {@code segments.condition}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SegmentCondition(List<SegmentCondition> all, List<SegmentCondition> any, SegmentCondition not,
        SegmentFact fact, SegmentOperator op, Integer number, Integer days, Instant date, String tag,
        String locationId, Integer month, String consent, String platform) {

    static SegmentCondition allOf(SegmentCondition... parts) {
        return new SegmentCondition(List.of(parts), null, null, null, null, null, null, null, null, null, null, null,
                null);
    }

    static SegmentCondition anyOf(SegmentCondition... parts) {
        return new SegmentCondition(null, List.of(parts), null, null, null, null, null, null, null, null, null, null,
                null);
    }

    static SegmentCondition not(SegmentCondition part) {
        return new SegmentCondition(null, null, part, null, null, null, null, null, null, null, null, null, null);
    }

    static SegmentCondition number(SegmentFact fact, SegmentOperator op, int number) {
        return new SegmentCondition(null, null, null, fact, op, number, null, null, null, null, null, null, null);
    }

    static SegmentCondition days(SegmentFact fact, SegmentOperator op, int days) {
        return new SegmentCondition(null, null, null, fact, op, null, days, null, null, null, null, null, null);
    }

    static SegmentCondition tag(String tag) {
        return new SegmentCondition(null, null, null, SegmentFact.TAG, null, null, null, null, tag, null, null, null,
                null);
    }

    boolean isFact() {
        return fact != null;
    }
}
