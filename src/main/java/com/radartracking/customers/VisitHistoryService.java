package com.radartracking.customers;

import com.radartracking.platform.tenancy.TenantContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link VisitHistory} for the app and integrations: same rules and effects as the panel's path. */
@Service
class VisitHistoryService implements VisitHistory {

    static final int MAX_LIMIT = 100;

    private final VisitService visits;
    private final LocationGate locations;
    private final CustomerQueries customers;
    private final NamedParameterJdbcTemplate jdbc;

    VisitHistoryService(VisitService visits, LocationGate locations, CustomerQueries customers,
            NamedParameterJdbcTemplate jdbc) {
        this.visits = visits;
        this.locations = locations;
        this.customers = customers;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<VisitSummary> visitsOf(UUID customerId, Instant before, int limit) {
        return visitsOf(customerId, before, null, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public List<VisitSummary> visitsOf(UUID customerId, Instant before, UUID beforeId, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw CustomerException.badInput("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        customers.view(customerId).orElseThrow(() -> CustomerException.customerNotFound(customerId));
        MapSqlParameterSource params = new MapSqlParameterSource("businessId", TenantContext.require())
                .addValue("customerId", customerId).addValue("limit", limit);
        String after = "";
        if (before != null) {
            after = beforeId == null ? " and v.occurred_at < :before"
                    : " and (v.occurred_at, v.id) < (:before, :beforeId)";
            params.addValue("before", before.atOffset(ZoneOffset.UTC)).addValue("beforeId", beforeId);
        }
        return jdbc.query("select " + VisitQueries.COLUMNS + " from visits v where v.business_id = :businessId"
                + " and v.customer_id = :customerId" + after + " order by v.occurred_at desc, v.id desc limit :limit",
                params, (rs, row) -> summary(VisitQueries.map(rs)));
    }

    @Override
    @Transactional
    public VisitSummary record(UUID customerId, UUID locationId, BigDecimal amount, VisitSource source,
            Instant occurredAt) {
        if (source != VisitSource.APP && source != VisitSource.POS_API) {
            throw CustomerException.badInput("source", "Only APP and POS_API visits are recorded outside the panel");
        }
        if (customerId == null || locationId == null) {
            throw CustomerException.badInput(customerId == null ? "customerId" : "locationId",
                    "Both the customer and the location are required");
        }
        locations.requireActive(locationId);
        return summary(visits.insert(customerId, locationId, amount, source, occurredAt, null));
    }

    private static VisitSummary summary(VisitView visit) {
        return new VisitSummary(visit.id(), visit.customerId(), visit.locationId(), visit.amount(), visit.currency(),
                visit.source(), visit.occurredAt());
    }
}
