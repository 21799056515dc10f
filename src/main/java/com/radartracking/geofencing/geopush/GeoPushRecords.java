package com.radartracking.geofencing.geopush;

import com.radartracking.geofencing.GeofenceTransition;
import com.radartracking.platform.tenancy.TenantContext;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** geo_pushes: one row per GeoPush decision (the zone's activity and the customer's history read them). */
@Component
class GeoPushRecords {

    enum Outcome {
        SENT, COOLDOWN, OUTSIDE_SCHEDULE
    }

    private final NamedParameterJdbcTemplate jdbc;

    GeoPushRecords(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(GeofenceTransition event, Outcome outcome, UUID sendId) {
        jdbc.update("""
                insert into geo_pushes (id, business_id, geofence_id, customer_id, geo_event_id, trigger, outcome, send_id)
                values (:id, :businessId, :geofenceId, :customerId, :eventId, :trigger, :outcome, :sendId)""",
                new MapSqlParameterSource("id", UUID.randomUUID()).addValue("businessId", TenantContext.require())
                        .addValue("geofenceId", event.geofenceId()).addValue("customerId", event.customerId())
                        .addValue("eventId", event.eventId()).addValue("trigger", event.kind().name())
                        .addValue("outcome", outcome.name()).addValue("sendId", sendId));
    }
}
