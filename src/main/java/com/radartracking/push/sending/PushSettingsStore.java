package com.radartracking.push.sending;

import com.radartracking.platform.tenancy.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads and writes push_settings (under the current tenant), joined with the business's name and zone. */
@Component
class PushSettingsStore {

    private final NamedParameterJdbcTemplate jdbc;

    PushSettingsStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    PushSettings current() {
        UUID businessId = TenantContext.require();
        return jdbc.queryForObject("""
                select b.id, b.name, b.time_zone, s.quiet_hours_start, s.quiet_hours_end, s.frequency_cap,
                       extract(epoch from s.frequency_cap_window)::bigint as window_seconds, s.blocked_at,
                       s.blocked_reason
                  from businesses b left join push_settings s on s.business_id = b.id
                 where b.id = :businessId""", Map.of("businessId", businessId), PushSettingsStore::map);
    }

    /** Writes the whole row (insert or update). */
    void save(LocalTime quietStart, LocalTime quietEnd, Integer cap, Duration window) {
        jdbc.update("""
                insert into push_settings (business_id, quiet_hours_start, quiet_hours_end, frequency_cap,
                                           frequency_cap_window, updated_at)
                values (:businessId, :start, :end, :cap, make_interval(secs => :windowSeconds), now())
                on conflict (business_id) do update set quiet_hours_start = excluded.quiet_hours_start,
                    quiet_hours_end = excluded.quiet_hours_end, frequency_cap = excluded.frequency_cap,
                    frequency_cap_window = excluded.frequency_cap_window, updated_at = now()""",
                new MapSqlParameterSource("businessId", TenantContext.require()).addValue("start", quietStart)
                        .addValue("end", quietEnd).addValue("cap", cap)
                        .addValue("windowSeconds", window.toSeconds()));
    }

    /** Lifts the dispatcher's brake; true when there was one. */
    boolean clearBlock() {
        return jdbc.update("""
                update push_settings set blocked_at = null, blocked_reason = null, updated_at = now()
                 where business_id = :businessId and blocked_at is not null""",
                Map.of("businessId", TenantContext.require())) > 0;
    }

    private static PushSettings map(ResultSet rs, int row) throws SQLException {
        long windowSeconds = rs.getLong("window_seconds");
        OffsetDateTime blockedAt = rs.getObject("blocked_at", OffsetDateTime.class);
        return new PushSettings(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("time_zone"),
                rs.getObject("quiet_hours_start", LocalTime.class), rs.getObject("quiet_hours_end", LocalTime.class),
                (Integer) rs.getObject("frequency_cap"),
                windowOrDefault(windowSeconds),
                blockedAt == null ? null : blockedAt.toInstant(), rs.getString("blocked_reason"));
    }

    private static Duration windowOrDefault(long seconds) {
        return seconds <= 0 ? PushSettings.DEFAULT_WINDOW : Duration.ofSeconds(seconds);
    }
}
