package com.radartracking.campaigns.segments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.radartracking.platform.errors.DomainException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** Reading, checking, compiling and describing condition trees, without a database. */
class SegmentRulesTest {

    private static Map<String, Object> fact(String fact, Object... fields) {
        Map<String, Object> node = new HashMap<>(Map.of("fact", fact));
        for (int i = 0; i < fields.length; i += 2) {
            node.put((String) fields[i], fields[i + 1]);
        }
        return node;
    }

    private static String reason(Map<String, Object> input) {
        try {
            SegmentRules.read(input);
        } catch (DomainException e) {
            return e.extensions().get("path") + " " + e.extensions().get("reason");
        }
        throw new AssertionError("accepted: " + input);
    }

    @Test
    void readsATreeAndNormalisesIt() {
        SegmentCondition condition = SegmentRules.read(Map.of("all", List.of(
                fact("LAST_VISIT", "op", "MORE_THAN_DAYS_AGO", "days", 60),
                Map.of("any", List.of(fact("TAG", "tag", "  VIP "), fact("VISIT_COUNT", "op", "GTE", "number", 3))),
                Map.of("not", fact("CONSENT", "consent", "PUSH")))));
        assertThat(condition.all()).hasSize(3);
        assertThat(condition.all().get(1).any().getFirst().tag()).isEqualTo("vip");
        assertThat(condition.all().get(2).not().consent()).isEqualTo("PUSH");
        assertThat(SegmentWords.describe(condition)).isEqualTo(
                "last visit more than 60 days ago and (tagged vip or 3 or more visits) and not push consent granted");
    }

    @Test
    void refusesMalformedTreesNamingTheNodeAndTheRule() {
        assertThat(reason(Map.of())).isEqualTo(" ONE_KIND");
        assertThat(reason(Map.of("all", List.of(), "fact", "TAG"))).isEqualTo(" ONE_KIND");
        assertThat(reason(Map.of("all", List.of()))).isEqualTo(" CHILDREN");
        assertThat(reason(Map.of("all", List.of(fact("TAG", "tag", "a")), "days", 3))).isEqualTo(" UNEXPECTED_FIELD");
        assertThat(reason(Map.of("any", List.of(fact("TAG", "tag", "a"), fact("VISIT_COUNT", "number", 2)))))
                .isEqualTo("any.1.op OPERATOR");
        assertThat(reason(fact("VISIT_COUNT", "op", "BEFORE", "number", 2))).isEqualTo("op OPERATOR");
        assertThat(reason(fact("VISIT_COUNT", "op", "GT"))).isEqualTo("number REQUIRED");
        assertThat(reason(fact("VISIT_COUNT", "op", "GT", "number", -1))).isEqualTo("number RANGE");
        assertThat(reason(fact("VISIT_COUNT", "op", "GT", "number", 1, "tag", "x"))).isEqualTo("tag UNEXPECTED_FIELD");
        assertThat(reason(fact("ENROLLED", "op", "NEVER"))).isEqualTo("op OPERATOR");
        assertThat(reason(fact("LAST_VISIT", "op", "WITHIN_LAST_DAYS", "days", 0))).isEqualTo("days RANGE");
        assertThat(reason(fact("LAST_VISIT", "op", "BEFORE"))).isEqualTo("date REQUIRED");
        assertThat(reason(fact("BIRTHDAY_MONTH", "month", 13))).isEqualTo("month RANGE");
        assertThat(reason(fact("TAG", "tag", "  "))).isEqualTo("tag TAG");
        assertThat(reason(fact("VISITED_LOCATION", "locationId", "not-an-id"))).isEqualTo("locationId INVALID_ID");
        assertThat(reason(fact("CONSENT", "consent", "SMS"))).isEqualTo("consent RANGE");
        assertThat(reason(fact("OPENED_NOTIFICATION"))).isEqualTo("days REQUIRED");
    }

    @Test
    void limitsDepthAndSize() {
        Map<String, Object> deep = fact("TAG", "tag", "a");
        for (int i = 0; i < SegmentRules.MAX_DEPTH; i++) {
            deep = Map.of("not", deep);
        }
        assertThat(reason(deep)).isEqualTo("not.not.not.not.not TOO_DEEP");
        List<Map<String, Object>> many = new ArrayList<>();
        for (int i = 0; i < SegmentRules.MAX_CHILDREN; i++) {
            many.add(Map.of("all", List.of(fact("TAG", "tag", "a"), fact("TAG", "tag", "b"), fact("TAG", "tag", "c"))));
        }
        assertThat(reason(Map.of("any", many))).endsWith("TOO_MANY_FACTS");
        assertThatThrownBy(() -> SegmentRules.read(null)).isInstanceOf(DomainException.class);
    }

    @Test
    void compilesToOneConditionWithEveryValueBound() {
        SegmentCondition condition = SegmentRules.read(Map.of("any", List.of(
                fact("TAG", "tag", "o'brien"),
                fact("FIRST_VISIT", "op", "NEVER"),
                fact("ENROLLED", "op", "AFTER", "date", Instant.parse("2026-01-01T00:00:00Z")),
                fact("VISITED_LOCATION", "locationId", "5f0e4a8e-1d2b-4c3d-9e8f-0a1b2c3d4e5f", "days", 30),
                fact("POINTS_BALANCE", "op", "LT", "number", 100),
                fact("DEVICE_PLATFORM", "platform", "IOS"),
                fact("OPENED_NOTIFICATION", "days", 7),
                fact("BIRTHDAY_MONTH", "month", 2))));
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = SegmentSql.where(condition, params);
        assertThat(sql).startsWith("(").contains(" or ").doesNotContain("o'brien").doesNotContain("IOS")
                .contains("c.first_visit_at is null").contains("from visits v").contains("from loyalty_cards lc")
                .contains("from device_tokens d").contains("n.opened_at >=").contains("c.birthday_md between");
        assertThat(params.getValue("s0")).isEqualTo("o'brien");
        // Nine values: BIRTHDAY_MONTH binds the two ends of its birthday_md range (201 and 231).
        assertThat(params.getParameterNames()).hasSize(9);
        assertThat(params.getValues().values()).contains(201, 231);
        MapSqlParameterSource prefixed = new MapSqlParameterSource();
        assertThat(SegmentSql.where(condition, prefixed, "c3_")).contains(":c3_0").doesNotContain(":s0");
    }

    @Test
    void theReadyMadeSegmentsAreValidTrees() {
        assertThat(BuiltInSegments.ALL).extracting(BuiltInSegments.BuiltIn::id)
                .containsExactly("rfm:champions", "rfm:loyal", "rfm:new", "rfm:at-risk", "rfm:lost");
        for (BuiltInSegments.BuiltIn segment : BuiltInSegments.ALL) {
            assertThat(SegmentSql.where(segment.condition(), new MapSqlParameterSource())).isNotBlank();
            assertThat(SegmentWords.describe(segment.condition())).isNotBlank();
        }
        assertThat(SegmentWords.describe(BuiltInSegments.find("rfm:at-risk").orElseThrow().condition())).isEqualTo(
                "last visit more than 60 days ago and last visit in the last 180 days and 3 or more visits");
    }

    @Test
    void aConditionTestedOnEveryRowComputesItsCutOffsOnce() {
        SegmentCondition lapsed = SegmentRules.read(Map.of("all", List.of(
                fact("LAST_VISIT", "op", "MORE_THAN_DAYS_AGO", "days", 60),
                fact("ENROLLED", "op", "WITHIN_LAST_DAYS", "days", 30))));
        String planned = SegmentSql.where(lapsed, new MapSqlParameterSource());
        assertThat(planned).contains("c.last_visit_at < now() - make_interval(days => :s0)")
                .doesNotContain("(select");
        MapSqlParameterSource params = new MapSqlParameterSource();
        String everyRow = SegmentSql.whereForEveryRow(lapsed, params, "c1_");
        assertThat(everyRow).isEqualTo("((c.last_visit_at < (select now() - make_interval(days => :c1_0)))"
                + " and (c.created_at >= (select now() - make_interval(days => :c1_1))))");
        assertThat(params.getValue("c1_0")).isEqualTo(60);
    }

    @Test
    void onlyConditionsOnTheCustomerRowJoinTheSinglePass() {
        for (BuiltInSegments.BuiltIn segment : BuiltInSegments.ALL) {
            assertThat(SegmentSql.readsOnlyTheCustomerRow(segment.condition())).as(segment.id()).isTrue();
        }
        assertThat(SegmentSql.readsOnlyTheCustomerRow(SegmentRules.read(Map.of("any", List.of(
                fact("TAG", "tag", "vip"), fact("BIRTHDAY_MONTH", "month", 2),
                Map.of("not", fact("FIRST_VISIT", "op", "NEVER"))))))).isTrue();
        assertThat(SegmentSql.readsOnlyTheCustomerRow(SegmentRules.read(Map.of("all", List.of(
                fact("TAG", "tag", "vip"), Map.of("not", fact("CONSENT", "consent", "PUSH"))))))).isFalse();
        assertThat(SegmentSql.readsOnlyTheCustomerRow(SegmentRules.read(fact("OPENED_NOTIFICATION", "days", 7))))
                .isFalse();
    }
}
