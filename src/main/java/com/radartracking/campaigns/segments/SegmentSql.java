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
    private int next;

    private SegmentSql(MapSqlParameterSource params, String prefix) {
        this.params = params;
        this.prefix = prefix;
    }

    /** The condition's SQL; its values are added to {@code params} as {@code s0}, {@code s1}… */
    static String where(SegmentCondition condition, MapSqlParameterSource params) {
        return where(condition, params, "s");
    }

    /** Likewise with parameter names starting with {@code prefix}, so several conditions share one statement. */
    static String where(SegmentCondition condition, MapSqlParameterSource params, String prefix) {
        return new SegmentSql(params, prefix).compile(condition);
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
            case BIRTHDAY_MONTH -> "(extract(month from c.birthday) = " + bind(fact.month()) + ")";
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
            case WITHIN_LAST_DAYS -> "(" + column + " >= now() - make_interval(days => " + bind(fact.days()) + "))";
            case MORE_THAN_DAYS_AGO -> "(" + column + " < now() - make_interval(days => " + bind(fact.days()) + "))";
            case NEVER -> "(" + column + " is null)";
            default -> throw new IllegalStateException("not a time operator: " + fact.op());
        };
    }

    private String bind(Object value) {
        String name = prefix + next++;
        params.addValue(name, value);
        return ":" + name;
    }
}
