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
     * Each condition's count of matching customers, all in one statement (one scalar subquery each). Its own
     * read-only transaction when called from a data loader, so the tenant reaches row-level security.
     */
    @Transactional(readOnly = true)
    List<Integer> counts(List<SegmentCondition> conditions) {
        MapSqlParameterSource params = new MapSqlParameterSource("businessId", TenantContext.require());
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < conditions.size(); i++) {
            String where = SegmentSql.where(conditions.get(i), params, "c" + i + "_");
            columns.add("(select count(*) from customers c where c.business_id = :businessId and " + where + ") as k" + i);
        }
        return jdbc.queryForObject("select " + String.join(", ", columns), params, (rs, row) -> {
            List<Integer> counts = new ArrayList<>();
            for (int i = 0; i < conditions.size(); i++) {
                counts.add(rs.getInt("k" + i));
            }
            return counts;
        });
    }

    /** Up to {@code limit} matching customers, most recent visit first. */
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
