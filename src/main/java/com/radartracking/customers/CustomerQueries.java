package com.radartracking.customers;

import com.radartracking.platform.graphql.PageArgs;
import com.radartracking.platform.tenancy.TenantContext;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of customers, in plain SQL: one statement per page (counters and tags live on the row),
 * one per batch of ids. Every statement names the tenant explicitly as well as relying on row-level
 * security, so the planner can use the (business_id, ...) indexes.
 */
@Component
class CustomerQueries implements CustomerDirectory {

    static final String COLUMNS = """
            c.id, c.business_id, c.first_name, c.last_name, c.email, c.phone, c.birthday, c.preferred_location_id,
            c.tags, c.source, c.visit_count, c.first_visit_at, c.last_visit_at, c.total_spent, c.created_at,
            c.updated_at""";

    static final RowMapper<CustomerView> ROW = CustomerQueries::map;

    private final NamedParameterJdbcTemplate jdbc;

    CustomerQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of customers (plus one row when a next page exists) and, when asked, how many match. */
    record Page(List<CustomerView> rows, Integer totalCount) {
    }

    /**
     * One keyset page, newest first, with one extra row when a next page exists; with {@code withTotal}
     * the count of matching customers comes back in the same statement, not in a second one.
     */
    @Transactional(readOnly = true)
    Page page(CustomerFilter filter, PageArgs page, boolean withTotal) {
        PageStatement statement = pageStatement(TenantContext.require(), filter, page, withTotal);
        if (!withTotal) {
            return new Page(jdbc.query(statement.sql(), statement.params(), ROW), null);
        }
        long[] total = {0};
        List<CustomerView> rows = jdbc.query(statement.sql(), statement.params(), (rs, row) -> {
            total[0] = rs.getLong("total_count");
            return rs.getObject("id", UUID.class) == null ? null : ROW.mapRow(rs, row);
        });
        return new Page(rows.stream().filter(Objects::nonNull).toList(), Math.toIntExact(total[0]));
    }

    /** The statement {@link #page} runs (tests EXPLAIN it). */
    record PageStatement(String sql, MapSqlParameterSource params) {
    }

    /**
     * Searches and tag filters go through the definer functions (see {@link CustomerPageFilter}); other
     * filters are plain conditions, which row-level security lets use the (business_id, ...) indexes. The
     * total is a CTE riding on every row; the left join still yields it once when the page is empty.
     */
    static PageStatement pageStatement(UUID businessId, CustomerFilter filter, PageArgs page, boolean withTotal) {
        PageArgs.Position after = page.position();
        MapSqlParameterSource params;
        String pageSql;
        String countSql;
        if (CustomerPageFilter.needsIndexFunctions(filter)) {
            params = new MapSqlParameterSource("businessId", businessId)
                    .addValue("filter", CustomerPageFilter.json(filter))
                    .addValue("afterCreatedAt", after == null ? null : after.createdAt().atOffset(ZoneOffset.UTC))
                    .addValue("afterId", after == null ? null : after.id());
            pageSql = "select " + COLUMNS + " from customers c where c.business_id = :businessId and c.id in"
                    + " (select customer_page_ids(cast(:filter as jsonb), cast(:afterCreatedAt as timestamptz),"
                    + " cast(:afterId as uuid), :limit))";
            countSql = "select customer_count(cast(:filter as jsonb)) as total_count";
        } else {
            CustomerSearch.Sql sql = CustomerSearch.where(businessId, filter);
            StringBuilder where = new StringBuilder(sql.where());
            params = sql.params();
            if (after != null) {
                where.append(" and (c.created_at, c.id) < (:afterCreatedAt, :afterId)");
                params.addValue("afterCreatedAt", after.createdAt().atOffset(ZoneOffset.UTC))
                        .addValue("afterId", after.id());
            }
            pageSql = "select " + COLUMNS + " from customers c where " + where;
            countSql = "select count(*) as total_count from customers c where " + sql.where();
        }
        params.addValue("limit", page.first() + 1);
        pageSql += " order by c.created_at desc, c.id desc limit :limit";
        if (!withTotal) {
            return new PageStatement(pageSql, params);
        }
        return new PageStatement("with total as (" + countSql + "), page as (" + pageSql + ")"
                + " select page.*, total.total_count from total left join page on true"
                + " order by page.created_at desc, page.id desc", params);
    }

    @Transactional(readOnly = true)
    Optional<CustomerView> view(UUID id) {
        return jdbc.query("select " + COLUMNS + " from customers c where c.business_id = :businessId and c.id = :id",
                Map.of("businessId", TenantContext.require(), "id", id), ROW).stream().findFirst();
    }

    @Transactional(readOnly = true)
    List<CustomerView> views(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select " + COLUMNS + " from customers c where c.business_id = :businessId"
                + " and c.id = any(:ids)", new MapSqlParameterSource("businessId", TenantContext.require())
                .addValue("ids", ids.toArray(UUID[]::new)), ROW);
    }

    /** Distinct tags in use, alphabetically, for the panel's filter. */
    @Transactional(readOnly = true)
    List<String> tagsInUse(int limit) {
        return jdbc.queryForList("""
                select distinct t.tag from customers c cross join unnest(c.tags) as t(tag)
                 where c.business_id = :businessId order by t.tag limit :limit""",
                new MapSqlParameterSource("businessId", TenantContext.require()).addValue("limit", limit), String.class);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CustomerSummary> find(UUID id) {
        return view(id).map(CustomerView::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, CustomerSummary> findAll(Collection<UUID> ids) {
        return views(ids).stream().map(CustomerView::summary)
                .collect(Collectors.toMap(CustomerSummary::id, Function.identity()));
    }

    private static CustomerView map(ResultSet rs, int row) throws SQLException {
        Array tags = rs.getArray("tags");
        return new CustomerView(rs.getObject("id", UUID.class), rs.getObject("business_id", UUID.class),
                rs.getString("first_name"), rs.getString("last_name"), rs.getString("email"), rs.getString("phone"),
                rs.getObject("birthday", LocalDate.class), rs.getObject("preferred_location_id", UUID.class),
                tags == null ? List.of() : Arrays.asList((String[]) tags.getArray()), rs.getString("source"),
                rs.getInt("visit_count"), instant(rs, "first_visit_at"), instant(rs, "last_visit_at"),
                plain(rs.getBigDecimal("total_spent")),
                instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    /** Drops the column's padding zeros ("12.500" → "12.5") without going to exponent notation. */
    static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
