package com.radartracking.geofencing.geopush;

import com.radartracking.geofencing.GeofenceTransition;
import com.radartracking.platform.tenancy.TenantContext;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the zone a transition concerns, only when it should send a GeoPush for that kind of transition:
 * active, not deleted, with a message, and triggered by that kind (ENTER or DWELL). One row, by key.
 */
@Component
class GeoPushZones {

    private final NamedParameterJdbcTemplate jdbc;

    GeoPushZones(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<GeoPushZone> firing(UUID geofenceId, GeofenceTransition.Kind kind) {
        return jdbc.query("""
                select g.id, g.push_trigger, g.push_title, g.push_body, g.push_image_url, g.push_deep_link,
                       g.push_data::text as push_data, g.cooldown_seconds, g.schedule::text as schedule, b.time_zone
                  from geofences g join businesses b on b.id = g.business_id
                 where g.business_id = :businessId and g.id = :id and g.active and g.deleted_at is null
                   and g.push_title is not null and g.push_trigger = :kind""",
                new MapSqlParameterSource("businessId", TenantContext.require()).addValue("id", geofenceId)
                        .addValue("kind", kind.name()),
                (rs, row) -> new GeoPushZone(rs.getObject("id", UUID.class),
                        GeofenceTransition.Kind.valueOf(rs.getString("push_trigger")), rs.getString("push_title"),
                        rs.getString("push_body"), rs.getString("push_image_url"), rs.getString("push_deep_link"),
                        rs.getString("push_data"), Duration.ofSeconds(rs.getInt("cooldown_seconds")),
                        rs.getString("schedule"), rs.getString("time_zone")))
                .stream().findFirst();
    }
}
