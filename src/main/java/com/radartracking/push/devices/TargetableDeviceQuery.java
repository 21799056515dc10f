package com.radartracking.push.devices;

import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.push.gateway.OutgoingPush;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link TargetableDevices} on device_tokens' partial index of active devices per customer. Customer ids
 * travel as one array parameter ({@code = any(?)}), so a list of thousands is one statement.
 */
@Service
class TargetableDeviceQuery implements TargetableDevices {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final DeviceProperties properties;

    TargetableDeviceQuery(JdbcTemplate jdbc, Clock clock, DeviceProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Target> of(Collection<UUID> customerIds) {
        if (customerIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                select id, customer_id, token, token_kind, platform, locale, time_zone
                  from device_tokens
                 where business_id = ? and customer_id = any(?) and deactivated_at is null and refreshed_at >= ?
                 order by customer_id, id""",
                (rs, row) -> new Target(rs.getObject("id", UUID.class), rs.getObject("customer_id", UUID.class),
                        rs.getString("token"), OutgoingPush.TokenKind.valueOf(rs.getString("token_kind")),
                        DevicePlatform.valueOf(rs.getString("platform")), rs.getString("locale"),
                        rs.getString("time_zone")),
                TenantContext.require(), customerIds.toArray(UUID[]::new), freshSince().atOffset(ZoneOffset.UTC));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Reach> reachOf(Collection<UUID> customerIds) {
        Map<UUID, Reach> reach = new LinkedHashMap<>();
        customerIds.forEach(id -> reach.put(id, Reach.NONE));
        if (customerIds.isEmpty()) {
            return reach;
        }
        jdbc.query("""
                select customer_id, bool_or(refreshed_at >= ?) as fresh
                  from device_tokens
                 where business_id = ? and customer_id = any(?) and deactivated_at is null
                 group by customer_id""",
                rs -> {
                    reach.put(rs.getObject("customer_id", UUID.class),
                            rs.getBoolean("fresh") ? Reach.FRESH : Reach.STALE_ONLY);
                },
                freshSince().atOffset(ZoneOffset.UTC), TenantContext.require(), customerIds.toArray(UUID[]::new));
        return reach;
    }

    @Override
    public Instant freshSince() {
        return DeviceRules.freshSince(clock.instant(), properties.staleAfter());
    }
}
