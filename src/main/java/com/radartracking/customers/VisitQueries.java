package com.radartracking.customers;

import com.radartracking.platform.graphql.PageArgs;
import com.radartracking.platform.security.Actor;
import com.radartracking.platform.security.CurrentActor;
import com.radartracking.platform.security.Role;
import com.radartracking.platform.tenancy.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists of visits, newest first (keyset pages). Staff see the visits of their own locations only. */
@Service
class VisitQueries {

    static final String COLUMNS = "v.id, v.business_id, v.customer_id, v.location_id, v.amount, v.currency, v.source,"
            + " v.occurred_at, v.recorded_by, v.created_at";

    private final NamedParameterJdbcTemplate jdbc;
    private final LocationGate locations;

    VisitQueries(NamedParameterJdbcTemplate jdbc, LocationGate locations) {
        this.jdbc = jdbc;
        this.locations = locations;
    }

    record Sql(String where, MapSqlParameterSource params) {
    }

    @Transactional(readOnly = true)
    List<VisitView> page(VisitFilter filter, PageArgs page) {
        Sql sql = where(filter);
        StringBuilder where = new StringBuilder(sql.where());
        MapSqlParameterSource params = sql.params().addValue("limit", page.first() + 1);
        PageArgs.Position after = page.position();
        if (after != null) {
            where.append(" and (v.occurred_at, v.id) < (:afterAt, :afterId)");
            params.addValue("afterAt", after.createdAt().atOffset(ZoneOffset.UTC)).addValue("afterId", after.id());
        }
        return jdbc.query("select " + COLUMNS + " from visits v where " + where
                + " order by v.occurred_at desc, v.id desc limit :limit", params, (rs, row) -> map(rs));
    }

    @Transactional(readOnly = true)
    int count(VisitFilter filter) {
        Sql sql = where(filter);
        Integer count = jdbc.queryForObject("select count(*) from visits v where " + sql.where(), sql.params(),
                Integer.class);
        return count == null ? 0 : count;
    }

    private Sql where(VisitFilter filter) {
        Actor actor = CurrentActor.requireRole(Role.ADMIN, Role.STAFF, Role.ANALYST);
        MapSqlParameterSource params = new MapSqlParameterSource("businessId", TenantContext.require());
        StringBuilder where = new StringBuilder("v.business_id = :businessId");
        if (filter.locationId() != null) {
            locations.requireVisible(actor, filter.locationId());
            where.append(" and v.location_id = :locationId");
            params.addValue("locationId", filter.locationId());
        } else {
            Optional<Set<UUID>> only = locations.restriction(actor);
            if (only.isPresent()) {
                where.append(" and v.location_id = any(:visibleLocations)");
                params.addValue("visibleLocations", only.get().toArray(UUID[]::new));
            }
        }
        appendCustomerDatesAndSource(filter, where, params);
        return new Sql(where.toString(), params);
    }

    /**
     * The filter's conditions other than the location (whose visibility the caller settles) on visits
     * {@code v}: the list and the CSV export filter visits alike.
     */
    static void appendCustomerDatesAndSource(VisitFilter filter, StringBuilder where, MapSqlParameterSource params) {
        if (filter.customerId() != null) {
            where.append(" and v.customer_id = :customerId");
            params.addValue("customerId", filter.customerId());
        }
        if (filter.from() != null) {
            where.append(" and v.occurred_at >= :from");
            params.addValue("from", filter.from().atOffset(ZoneOffset.UTC));
        }
        if (filter.to() != null) {
            where.append(" and v.occurred_at < :to");
            params.addValue("to", filter.to().atOffset(ZoneOffset.UTC));
        }
        if (filter.source() != null) {
            where.append(" and v.source = :source");
            params.addValue("source", filter.source().name());
        }
    }

    static VisitView map(ResultSet rs) throws SQLException {
        return new VisitView(rs.getObject("id", UUID.class), rs.getObject("business_id", UUID.class),
                rs.getObject("customer_id", UUID.class), rs.getObject("location_id", UUID.class),
                CustomerQueries.plain(rs.getBigDecimal("amount")), rs.getString("currency"),
                VisitSource.valueOf(rs.getString("source")), CustomerQueries.instant(rs, "occurred_at"),
                rs.getObject("recorded_by", UUID.class), CustomerQueries.instant(rs, "created_at"));
    }
}
