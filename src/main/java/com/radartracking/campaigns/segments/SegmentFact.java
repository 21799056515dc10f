package com.radartracking.campaigns.segments;

/** What a condition tests (the GraphQL {@code SegmentFact}). */
public enum SegmentFact {
    VISIT_COUNT, FIRST_VISIT, LAST_VISIT, VISITED_LOCATION, POINTS_BALANCE, TAG, BIRTHDAY_MONTH, ENROLLED, CONSENT,
    DEVICE_PLATFORM, OPENED_NOTIFICATION
}
