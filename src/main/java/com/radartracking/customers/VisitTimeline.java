package com.radartracking.customers;

import com.radartracking.locations.LocationDirectory;
import com.radartracking.locations.LocationView;
import com.radartracking.platform.tenancy.TenantContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Visits on the timeline: "Visit at Chapinero", with the amount and source. */
@Component
class VisitTimeline implements TimelineSource {

    private final NamedParameterJdbcTemplate jdbc;
    private final LocationDirectory locations;

    VisitTimeline(NamedParameterJdbcTemplate jdbc, LocationDirectory locations) {
        this.jdbc = jdbc;
        this.locations = locations;
    }

    @Override
    public List<TimelineEntry> entries(UUID customerId, TimelineCursor before, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource("businessId", TenantContext.require())
                .addValue("customerId", customerId).addValue("limit", limit);
        List<VisitView> visits = jdbc.query("select " + VisitQueries.COLUMNS + " from visits v"
                + " where v.business_id = :businessId and v.customer_id = :customerId"
                + TimelineSql.after(before, "v.occurred_at", "v.id", "visit", params)
                + " order by v.occurred_at desc, v.id desc limit :limit", params, (rs, row) -> VisitQueries.map(rs));
        if (visits.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> names = locations.findAll(visits.stream().map(VisitView::locationId).distinct().toList())
                .stream().collect(Collectors.toMap(view -> UUID.fromString(view.id()), LocationView::name,
                        (a, b) -> a));
        Function<VisitView, TimelineEntry> toEntry = visit -> {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("visitId", visit.id().toString());
            details.put("locationId", visit.locationId().toString());
            details.put("source", visit.source().name());
            if (visit.amount() != null) {
                details.put("amount", visit.amount().toPlainString());
                details.put("currency", visit.currency());
            }
            if (visit.recordedByUserId() != null) {
                details.put("recordedByUserId", visit.recordedByUserId().toString());
            }
            return new TimelineEntry("visit:" + visit.id(), visit.occurredAt(), TimelineKind.VISIT,
                    "Visit at " + names.getOrDefault(visit.locationId(), "a location"), details);
        };
        return visits.stream().map(toEntry).toList();
    }
}
