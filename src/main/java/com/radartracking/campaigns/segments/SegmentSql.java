package com.radartracking.campaigns.segments;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * Compiles a checked {@link SegmentCondition} into one SQL condition on {@code customers c}: facts kept on
 * the customer row (visit counters, tags, birthday, joining time) are plain comparisons the row's indexes
 * serve; facts in other tables (visits, cards, consents, devices, opened notifications) are correlated
 * EXISTS on the (business_id, customer_id) indexes. Values are bound parameters ({@code :s0}, {@code :s1}…),
 * never spliced, so a tag or an id cannot change the statement.
 */
final class SegmentSql {

    private final MapSqlParameterSource params;
    private final String prefix;
    private final boolean cutoffsOnce;
    private int next;

    private SegmentSql(MapSqlParameterSource params, String prefix, boolean cutoffsOnce) {
        this.params = params;
        this.prefix = prefix;
        this.cutoffsOnce = cutoffsOnce;
    }

    /** The condition's SQL; its values are added to {@code params} as {@code s0}, {@code s1}… */
    static String where(SegmentCondition condition, MapSqlParameterSource params) {
        return where(condition, params, "s");
    }

    /** Likewise with parameter names starting with {@code prefix}, so several conditions share one statement. */
    static String where(SegmentCondition condition, MapSqlParameterSource params, String prefix) {
        return new SegmentSql(params, prefix, false).compile(condition);
    }

    /**
     * Likewise for a condition tested on every row of the business (a count(*) filter of the single pass):
     * each "N days ago" becomes a one-row subquery, computed once per statement instead of once per row.
     * PostgreSQL evaluates {@code now() - make_interval(...)} in a filter for every row, and that calendar
     * arithmetic cost more than the rest of the scan (the five RFM counts: 290 ms, 110 ms with the cut-offs
     * computed once, on 1,000,000 customers). Not for statements an index should serve: the planner
     * cannot estimate a subquery's value, so it would no longer see that "joined in the last 30 days" is rare.
     */
    static String whereForEveryRow(SegmentCondition condition, MapSqlParameterSource params, String prefix) {
        return new SegmentSql(params, prefix, true).compile(condition);
    }

    /**
     * True when the condition reads only the customer row (no EXISTS on visits, cards, consents, devices or
     * notifications). Only such conditions join the single pass over customers: an EXISTS inside a
     * count(*) filter is a correlated subplan run for every customer (3 s for 1,000,000 consent probes),
     * whereas in the WHERE of a count of its own (under AND) PostgreSQL plans it as a hash semi-join.
     */
    static boolean readsOnlyTheCustomerRow(SegmentCondition node) {
        if (node.all() != null) {
            return node.all().stream().allMatch(SegmentSql::readsOnlyTheCustomerRow);
        }
        if (node.any() != null) {
            return node.any().stream().allMatch(SegmentSql::readsOnlyTheCustomerRow);
        }
        if (node.not() != null) {
            return readsOnlyTheCustomerRow(node.not());
        }
        return switch (node.fact()) {
            case VISIT_COUNT, FIRST_VISIT, LAST_VISIT, ENROLLED, TAG, BIRTHDAY_MONTH -> true;
            case VISITED_LOCATION, POINTS_BALANCE, CONSENT, DEVICE_PLATFORM, OPENED_NOTIFICATION -> false;
        };
    }

    private String compile(SegmentCondition node) {
        if (node.all() != null) {
            return group(node.all(), " and ");
        }
        if (node.any() != null) {
            return group(node.any(), " or ");
        }
        if (node.not() != null) {
            return "not " + compile(node.not());
        }
        return fact(node);
    }

    private String group(List<SegmentCondition> parts, String operator) {
        return parts.stream().map(this::compile).collect(Collectors.joining(operator, "(", ")"));
    }

    private String fact(SegmentCondition fact) {
        return switch (fact.fact()) {
            case VISIT_COUNT -> "(c.visit_count " + fact.op().sql() + " " + bind(fact.number()) + ")";
            case FIRST_VISIT -> time("c.first_visit_at", fact);
            case LAST_VISIT -> time("c.last_visit_at", fact);
            case ENROLLED -> time("c.created_at", fact);
            case VISITED_LOCATION -> "exists (select 1 from visits v where v.business_id = c.business_id"
                    + " and v.customer_id = c.id and v.location_id = " + bind(UUID.fromString(fact.locationId()))
                    + (fact.days() == null ? "" : " and v.occurred_at >= now() - make_interval(days => "
                            + bind(fact.days()) + ")") + ")";
            case POINTS_BALANCE -> "exists (select 1 from loyalty_cards lc join loyalty_programs lp"
                    + " on lp.business_id = lc.business_id and lp.id = lc.program_id and lp.active"
                    + " where lc.business_id = c.business_id and lc.customer_id = c.id and lc.balance "
                    + fact.op().sql() + " " + bind((long) fact.number()) + ")";
            case TAG -> "(c.tags @> array[cast(" + bind(fact.tag()) + " as text)])";
            // birthday_md is month * 100 + day: a month is a range of it, which customers_business_birthday_md_idx
            // serves under row-level security (smallint against integer compares are leakproof; extract() is not).
            case BIRTHDAY_MONTH -> "(c.birthday_md between " + bind(fact.month() * 100 + 1) + " and "
                    + bind(fact.month() * 100 + 31) + ")";
            case CONSENT -> "exists (select 1 from consents k where k.business_id = c.business_id"
                    + " and k.customer_id = c.id and k.type = " + bind(fact.consent()) + " and k.granted)";
            case DEVICE_PLATFORM -> "exists (select 1 from device_tokens d where d.business_id = c.business_id"
                    + " and d.customer_id = c.id and d.deactivated_at is null and d.platform = "
                    + bind(fact.platform()) + ")";
            case OPENED_NOTIFICATION -> "exists (select 1 from notifications n where n.business_id = c.business_id"
                    + " and n.customer_id = c.id and n.opened_at >= now() - make_interval(days => "
                    + bind(fact.days()) + "))";
        };
    }

    /** A time fact; a customer without the time (never visited) matches only NEVER. */
    private String time(String column, SegmentCondition fact) {
        return switch (fact.op()) {
            case BEFORE -> "(" + column + " < " + bind(Timestamp.from(fact.date())) + ")";
            case AFTER -> "(" + column + " >= " + bind(Timestamp.from(fact.date())) + ")";
            case WITHIN_LAST_DAYS -> "(" + column + " >= " + daysAgo(fact.days()) + ")";
            case MORE_THAN_DAYS_AGO -> "(" + column + " < " + daysAgo(fact.days()) + ")";
            case NEVER -> "(" + column + " is null)";
            default -> throw new IllegalStateException("not a time operator: " + fact.op());
        };
    }

    /** The instant {@code days} ago in database time; see {@link #whereForEveryRow}. */
    private String daysAgo(int days) {
        String cutoff = "now() - make_interval(days => " + bind(days) + ")";
        return cutoffsOnce ? "(select " + cutoff + ")" : cutoff;
    }

    private String bind(Object value) {
        String name = prefix + next++;
        params.addValue(name, value);
        return ":" + name;
    }
}
