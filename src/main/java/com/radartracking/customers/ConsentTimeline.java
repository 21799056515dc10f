package com.radartracking.customers;

import com.radartracking.platform.tenancy.TenantContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Consent changes on the timeline, from the consent history: what changed, from where, by whom. */
@Component
class ConsentTimeline implements TimelineSource {

    private final NamedParameterJdbcTemplate jdbc;

    ConsentTimeline(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<TimelineEntry> entries(UUID customerId, TimelineCursor before, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource("businessId", TenantContext.require())
                .addValue("customerId", customerId).addValue("limit", limit);
        return jdbc.query("""
                select e.id, e.type, e.previously_granted, e.granted, e.source, e.actor_type, e.changed_by, e.changed_at
                  from consent_events e
                 where e.business_id = :businessId and e.customer_id = :customerId"""
                + TimelineSql.after(before, "e.changed_at", "e.id", "consent", params)
                + " order by e.changed_at desc, e.id desc limit :limit", params, (rs, row) -> {
                    ConsentType type = ConsentType.valueOf(rs.getString("type"));
                    boolean granted = rs.getBoolean("granted");
                    Boolean previous = (Boolean) rs.getObject("previously_granted");
                    Map<String, Object> details = new LinkedHashMap<>();
                    details.put("type", type.name());
                    details.put("granted", granted);
                    details.put("previouslyGranted", previous);
                    details.put("source", rs.getString("source"));
                    details.put("actorType", rs.getString("actor_type"));
                    UUID by = rs.getObject("changed_by", UUID.class);
                    if (by != null) {
                        details.put("changedByUserId", by.toString());
                    }
                    String title = (granted ? "Granted " : "Withdrew ") + type.name().toLowerCase() + " consent";
                    return new TimelineEntry("consent:" + rs.getObject("id", UUID.class),
                            CustomerQueries.instant(rs, "changed_at"), TimelineKind.CONSENT, title, details);
                });
    }
}
