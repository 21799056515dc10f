package com.radartracking.campaigns.segments;

import java.util.Set;

/** How a fact is compared (the GraphQL {@code SegmentOperator}). */
public enum SegmentOperator {
    EQ("="), GT(">"), GTE(">="), LT("<"), LTE("<="), BEFORE(null), AFTER(null), WITHIN_LAST_DAYS(null),
    MORE_THAN_DAYS_AGO(null), NEVER(null);

    static final Set<SegmentOperator> COMPARISONS = Set.of(EQ, GT, GTE, LT, LTE);
    static final Set<SegmentOperator> TIMES = Set.of(BEFORE, AFTER, WITHIN_LAST_DAYS, MORE_THAN_DAYS_AGO);

    private final String sql;

    SegmentOperator(String sql) {
        this.sql = sql;
    }

    /** The SQL comparison of EQ, GT, GTE, LT and LTE. */
    String sql() {
        return sql;
    }
}
