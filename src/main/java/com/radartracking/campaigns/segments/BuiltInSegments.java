package com.radartracking.campaigns.segments;

import static com.radartracking.campaigns.segments.SegmentCondition.allOf;
import static com.radartracking.campaigns.segments.SegmentCondition.days;
import static com.radartracking.campaigns.segments.SegmentCondition.not;
import static com.radartracking.campaigns.segments.SegmentCondition.number;
import static com.radartracking.campaigns.segments.SegmentFact.ENROLLED;
import static com.radartracking.campaigns.segments.SegmentFact.LAST_VISIT;
import static com.radartracking.campaigns.segments.SegmentFact.VISIT_COUNT;
import static com.radartracking.campaigns.segments.SegmentOperator.GTE;
import static com.radartracking.campaigns.segments.SegmentOperator.LTE;
import static com.radartracking.campaigns.segments.SegmentOperator.MORE_THAN_DAYS_AGO;
import static com.radartracking.campaigns.segments.SegmentOperator.WITHIN_LAST_DAYS;

import java.util.List;
import java.util.Optional;

/**
 * The ready-made RFM segments (recency × frequency), as ordinary condition trees so they count, compile
 * and describe like saved ones. Thresholds suit a café or a shop a customer visits weekly to monthly:
 * champions came in the last 30 days and 10+ times; loyal came in the last 60 days, 5+ times (champions
 * excluded); new joined in the last 30 days with at most 2 visits; at risk came 3+ times but not in 60
 * days (still within 180); lost have not come in 180 days.
 */
final class BuiltInSegments {

    static final String PREFIX = "rfm:";

    record BuiltIn(String id, String name, SegmentCondition condition) {
    }

    private static final SegmentCondition CHAMPIONS = allOf(days(LAST_VISIT, WITHIN_LAST_DAYS, 30),
            number(VISIT_COUNT, GTE, 10));

    static final List<BuiltIn> ALL = List.of(
            new BuiltIn(PREFIX + "champions", "Champions", CHAMPIONS),
            new BuiltIn(PREFIX + "loyal", "Loyal", allOf(days(LAST_VISIT, WITHIN_LAST_DAYS, 60),
                    number(VISIT_COUNT, GTE, 5), not(CHAMPIONS))),
            new BuiltIn(PREFIX + "new", "New", allOf(days(ENROLLED, WITHIN_LAST_DAYS, 30),
                    number(VISIT_COUNT, LTE, 2))),
            new BuiltIn(PREFIX + "at-risk", "At risk", allOf(days(LAST_VISIT, MORE_THAN_DAYS_AGO, 60),
                    days(LAST_VISIT, WITHIN_LAST_DAYS, 180), number(VISIT_COUNT, GTE, 3))),
            new BuiltIn(PREFIX + "lost", "Lost", days(LAST_VISIT, MORE_THAN_DAYS_AGO, 180)));

    private BuiltInSegments() {
    }

    static Optional<BuiltIn> find(String id) {
        return ALL.stream().filter(segment -> segment.id().equals(id)).findFirst();
    }
}
