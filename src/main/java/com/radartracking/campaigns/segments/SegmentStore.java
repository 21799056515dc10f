package com.radartracking.campaigns.segments;

import com.radartracking.platform.graphql.PageArgs;
import com.radartracking.platform.tenancy.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Saved segments and segment counts in plain SQL, under the current tenant. */
@Component
class SegmentStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = "s.id, s.business_id, s.name, s.condition::text as condition, s.created_at, s.updated_at";

    /** How far {@link #count} counts with a plan of its own before it reads every customer. */
    static final int EXACT_PROBE = 10_000;

    private final NamedParameterJdbcTemplate jdbc;

    SegmentStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, String name, SegmentCondition condition, UUID createdBy, Instant now) {
        try {
            jdbc.update("""
                    insert into segments (id, business_id, name, condition, created_by, created_at, updated_at)
                    values (:id, :businessId, :name, cast(:condition as jsonb), :createdBy, :now, :now)""",
                    params(id).addValue("name", name).addValue("condition", JSON.writeValueAsString(condition))
                            .addValue("createdBy", createdBy).addValue("now", Timestamp.from(now)));
        } catch (DuplicateKeyException e) {
            throw duplicateName(name);
        }
    }

    boolean update(UUID id, String name, SegmentCondition condition, Instant now) {
        try {
            return jdbc.update("""
                    update segments set name = :name, condition = cast(:condition as jsonb), updated_at = :now
                     where business_id = :businessId and id = :id and deleted_at is null""",
                    params(id).addValue("name", name).addValue("condition", JSON.writeValueAsString(condition))
                            .addValue("now", Timestamp.from(now))) == 1;
        } catch (DuplicateKeyException e) {
            throw duplicateName(name);
        }
    }

    boolean delete(UUID id, Instant now) {
        return jdbc.update("""
                update segments set deleted_at = :now
                 where business_id = :businessId and id = :id and deleted_at is null""",
                params(id).addValue("now", Timestamp.from(now))) == 1;
    }

    Optional<SegmentView> find(UUID id) {
        return jdbc.query("select " + COLUMNS + " from segments s where s.business_id = :businessId and s.id = :id"
                + " and s.deleted_at is null", params(id), SegmentStore::map).stream().findFirst();
    }

    /** Whether {@code id} is a segment of the business that was deleted (rather than one it never had). */
    boolean deleted(UUID id) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from segments s where s.business_id = :businessId and s.id = :id
                                  and s.deleted_at is not null)""", params(id), Boolean.class));
    }

    /**
     * Several saved segments by id, deleted ones included (a campaign still names the segment it was written
     * for); its own read-only transaction when called from a data loader, so the tenant reaches row-level security.
     */
    @Transactional(readOnly = true)
    List<SegmentView> findAllIncludingDeleted(java.util.Collection<UUID> ids) {
        return jdbc.query("select " + COLUMNS + " from segments s where s.business_id = :businessId"
                + " and s.id = any(:ids)", new MapSqlParameterSource("businessId", TenantContext.require())
                        .addValue("ids", ids.toArray(UUID[]::new)), SegmentStore::map);
    }

    /** Newest first, keyset paged on (created_at, id). */
    List<SegmentView> page(PageArgs page) {
        MapSqlParameterSource params = new MapSqlParameterSource("businessId", TenantContext.require())
                .addValue("limit", page.first() + 1);
        String keyset = "";
        if (page.position() != null) {
            keyset = " and (s.created_at, s.id) < (:afterCreatedAt, :afterId)";
            params.addValue("afterCreatedAt", page.position().createdAt().atOffset(ZoneOffset.UTC))
                    .addValue("afterId", page.position().id());
        }
        return jdbc.query("select " + COLUMNS + " from segments s where s.business_id = :businessId"
                + " and s.deleted_at is null" + keyset + " order by s.created_at desc, s.id desc limit :limit",
                params, SegmentStore::map);
    }

    /**
     * Each condition's exact count of matching customers, all in one statement. Conditions on the customer
     * row alone are counted together in one pass over the business's customers (one count(*) filter each):
     * the five RFM counts read a million rows once instead of five times. A condition that looks into another
     * table, or a lone row condition (which an index may serve), gets a count of its own. Its own read-only
     * transaction when called from a data loader, so the tenant reaches row-level security.
     */
    @Transactional(readOnly = true)
    List<Integer> counts(List<SegmentCondition> conditions) {
        MapSqlParameterSource params = new MapSqlParameterSource("businessId", TenantContext.require());
        List<Integer> together = new ArrayList<>();
        for (int i = 0; i < conditions.size(); i++) {
            if (SegmentSql.readsOnlyTheCustomerRow(conditions.get(i))) {
                together.add(i);
            }
        }
        boolean onePass = together.size() > 1;
        List<String> columns = new ArrayList<>();
        List<String> passColumns = new ArrayList<>();
        for (int i = 0; i < conditions.size(); i++) {
            String prefix = "c" + i + "_";
            if (onePass && together.contains(i)) {
                passColumns.add("count(*) filter (where "
                        + SegmentSql.whereForEveryRow(conditions.get(i), params, prefix) + ") as k" + i);
                columns.add("pass.k" + i);
            } else {
                columns.add("(" + countSql(SegmentSql.where(conditions.get(i), params, prefix)) + ") as k" + i);
            }
        }
        String from = onePass ? " from (select " + String.join(", ", passColumns)
                + " from customers c where c.business_id = :businessId) pass" : "";
        return jdbc.queryForObject("select " + String.join(", ", columns) + from, params, (rs, row) -> {
            List<Integer> counts = new ArrayList<>();
            for (int i = 0; i < conditions.size(); i++) {
                counts.add(rs.getInt("k" + i));
            }
            return counts;
        });
    }

    /**
     * The exact count of one condition. First up to {@link #EXACT_PROBE} with the values visible to the
     * planner (a rare condition is served by an index and is then already exact); past that the condition is
     * broad, every customer row has to be read anyway, and a condition on the customer row alone is counted
     * with its cut-offs computed once ({@link SegmentSql#whereForEveryRow}: "last visit more than 60 days ago
     * and 3+ visits" on 1,000,000 customers, 520 ms with "now() - 60 days" evaluated per row, 320-420 ms).
     */
    int count(SegmentCondition condition) {
        int probe = countUpTo(condition, EXACT_PROBE);
        if (probe <= EXACT_PROBE) {
            return probe;
        }
        MapSqlParameterSource params = new MapSqlParameterSource("businessId", TenantContext.require());
        String where = SegmentSql.readsOnlyTheCustomerRow(condition)
                ? SegmentSql.whereForEveryRow(condition, params, "s") : SegmentSql.where(condition, params);
        return jdbc.queryForObject(countSql(where), params, Integer.class);
    }

    /**
     * Matching customers counted up to {@code cap + 1}: exact when at most {@code cap}, otherwise "more than
     * cap". The scan stops at the (cap + 1)th match, so a broad condition on a million customers costs a few
     * milliseconds instead of a full pass; only a condition matching fewer than the cap still reads every
     * row an index does not exclude.
     */
    int countUpTo(SegmentCondition condition, int cap) {
        MapSqlParameterSource params = new MapSqlParameterSource("businessId", TenantContext.require())
                .addValue("capPlusOne", cap + 1);
        return jdbc.queryForObject("select count(*) from (select 1 from customers c where c.business_id = :businessId and "
                + SegmentSql.where(condition, params) + " limit :capPlusOne) matches", params, Integer.class);
    }

    private static String countSql(String where) {
        return "select count(*) from customers c where c.business_id = :businessId and " + where;
    }

    /**
     * Up to {@code limit} matching customers, most recent visit first. customers_recent_visit_idx has this
     * order, so a broad condition stops after a few rows instead of sorting every match.
     */
    List<UUID> sample(SegmentCondition condition, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource("businessId", TenantContext.require())
                .addValue("limit", limit);
        String where = SegmentSql.where(condition, params);
        return jdbc.queryForList("select c.id from customers c where c.business_id = :businessId and " + where
                + " order by c.last_visit_at desc nulls last, c.id limit :limit", params, UUID.class);
    }

    private static SegmentException duplicateName(String name) {
        return SegmentException.conflict("name", "A segment named '" + name + "' already exists");
    }

    private static MapSqlParameterSource params(UUID id) {
        return new MapSqlParameterSource("id", id).addValue("businessId", TenantContext.require());
    }

    private static SegmentView map(ResultSet rs, int row) throws SQLException {
        SegmentCondition condition = JSON.readValue(rs.getString("condition"), SegmentCondition.class);
        return new SegmentView(rs.getString("id"), rs.getObject("business_id", UUID.class), rs.getString("name"),
                SegmentWords.describe(condition), condition, false, rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
