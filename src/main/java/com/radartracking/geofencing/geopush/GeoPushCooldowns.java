package com.radartracking.geofencing.geopush;

import com.radartracking.platform.tenancy.TenantContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The cooldown clock per (zone, customer). A claim is one conditional upsert: it inserts the clock or moves
 * it to {@code now} only when the last GeoPush is at least the cooldown old. Two transactions racing for the
 * same customer and zone serialise on the row (or on its unique key when it does not exist yet); the second
 * re-reads the first's committed {@code last_sent_at}, fails the condition and claims nothing.
 */
@Component
class GeoPushCooldowns {

    private final NamedParameterJdbcTemplate jdbc;

    GeoPushCooldowns(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** True when this transaction may send: the clock now reads {@code now} and is held until commit. */
    boolean claim(UUID geofenceId, UUID customerId, Duration cooldown, Instant now) {
        return !jdbc.queryForList("""
                insert into geo_push_cooldowns as c (business_id, geofence_id, customer_id, last_sent_at)
                values (:businessId, :geofenceId, :customerId, :now)
                on conflict (business_id, geofence_id, customer_id) do update set last_sent_at = excluded.last_sent_at
                 where c.last_sent_at <= excluded.last_sent_at - make_interval(secs => :cooldownSeconds)
                returning 1""", new MapSqlParameterSource("businessId", TenantContext.require())
                .addValue("geofenceId", geofenceId).addValue("customerId", customerId)
                .addValue("now", now.atOffset(ZoneOffset.UTC)).addValue("cooldownSeconds", cooldown.toSeconds()),
                Integer.class).isEmpty();
    }
}
