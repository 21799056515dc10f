package com.radartracking.push.devices;

import com.radartracking.audit.ActivityLog;
import com.radartracking.platform.ratelimit.RateLimiter;
import com.radartracking.platform.tenancy.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link CustomerDevices} on device_tokens. A registration locks the token's row (FOR UPDATE) before
 * deciding refresh, reactivate or re-assign, and inserts with ON CONFLICT DO NOTHING when there is none,
 * so two concurrent registrations of one token end as one row. The activity log gets the changes that
 * matter (registered, re-assigned, reactivated, unregistered), not the routine refresh every app start
 * sends.
 */
@Service
class DeviceRegistry implements CustomerDevices {

    private static final String COLUMNS = """
            id, customer_id, token, token_kind, platform, app_version, locale, time_zone, created_at, refreshed_at,
            deactivated_at, deactivation_reason""";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final DeviceProperties properties;
    private final ActivityLog activityLog;
    private final RateLimiter limiter;

    DeviceRegistry(JdbcTemplate jdbc, Clock clock, DeviceProperties properties, ActivityLog activityLog,
            RateLimiter limiter) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        this.activityLog = activityLog;
        this.limiter = limiter;
    }

    private record Row(UUID id, UUID customerId, Device device) {
    }

    @Override
    @Transactional
    public Registered register(UUID customerId, DeviceRegistration registration) {
        DeviceRules.Valid valid = DeviceRules.validate(registration);
        UUID business = TenantContext.require();
        limiter.hit("push.devices.registration", business + "|" + customerId, properties.registrationsPerCustomer(),
                properties.registrationWindow());
        Instant now = now();
        Row existing = lockByToken(business, valid.token());
        if (existing == null) {
            UUID id = UUID.randomUUID();
            int inserted = jdbc.update("""
                    insert into device_tokens (id, business_id, customer_id, token, token_kind, platform, app_version,
                                               locale, time_zone, created_at, refreshed_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (business_id, token) do nothing""",
                    id, business, customerId, valid.token(), valid.tokenKind().name(), valid.platform().name(),
                    valid.appVersion(), valid.locale(), valid.timeZone(), timestamp(now), timestamp(now));
            if (inserted == 1) {
                log("device.registered", id, customerId, Map.of("platform", valid.platform().name()));
                supersedeBeyondLimit(business, customerId, id);
                return new Registered(find(business, id), Outcome.CREATED);
            }
            // Another request registered the same token meanwhile; it has committed, so lock and update it.
            existing = lockByToken(business, valid.token());
        }
        Outcome outcome = !existing.customerId().equals(customerId) ? Outcome.REASSIGNED
                : existing.device().active() ? Outcome.REFRESHED : Outcome.REACTIVATED;
        jdbc.update("""
                update device_tokens
                   set customer_id = ?, token_kind = ?, platform = ?, app_version = ?, locale = ?, time_zone = ?,
                       refreshed_at = ?, deactivated_at = null, deactivation_reason = null
                 where business_id = ? and id = ?""",
                customerId, valid.tokenKind().name(), valid.platform().name(), valid.appVersion(), valid.locale(),
                valid.timeZone(), timestamp(now), business, existing.id());
        switch (outcome) {
            case REASSIGNED -> log("device.reassigned", existing.id(), customerId,
                    Map.of("previousCustomerId", existing.customerId().toString()));
            case REACTIVATED -> log("device.reactivated", existing.id(), customerId, Map.of());
            default -> { }
        }
        if (outcome != Outcome.REFRESHED) {
            supersedeBeyondLimit(business, customerId, existing.id());
        }
        return new Registered(find(business, existing.id()), outcome);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Device> list(UUID customerId, boolean includeInactive) {
        Instant now = now();
        return jdbc.query("select " + COLUMNS + " from device_tokens where business_id = ? and customer_id = ?"
                        + (includeInactive ? "" : " and deactivated_at is null")
                        + " order by refreshed_at desc, id",
                rowMapper(now), TenantContext.require(), customerId).stream().map(Row::device).toList();
    }

    @Override
    @Transactional
    public void unregister(UUID customerId, UUID deviceId) {
        if (!deactivate(customerId, "id = ?", deviceId)) {
            throw DeviceException.deviceNotFound(deviceId);
        }
    }

    @Override
    @Transactional
    public void unregisterToken(UUID customerId, String token) {
        // A malformed token cannot be registered, so it cannot be the caller's: same answer as an unknown one.
        if (token == null || token.isEmpty() || token.length() > DeviceRules.MAX_TOKEN_LENGTH
                || !deactivate(customerId, "token = ?", token)) {
            throw DeviceException.deviceNotFoundByToken();
        }
    }

    /** True when the customer has such a device; deactivates it unless it already is (first reason kept). */
    private boolean deactivate(UUID customerId, String condition, Object key) {
        UUID business = TenantContext.require();
        List<Map<String, Object>> rows = jdbc.queryForList("select id, deactivated_at from device_tokens"
                + " where business_id = ? and customer_id = ? and " + condition + " for update",
                business, customerId, key);
        if (rows.isEmpty()) {
            return false;
        }
        Map<String, Object> row = rows.getFirst();
        if (row.get("deactivated_at") == null) {
            UUID id = (UUID) row.get("id");
            jdbc.update("""
                    update device_tokens set deactivated_at = ?, deactivation_reason = ?
                     where business_id = ? and id = ?""", timestamp(now()), UNREGISTERED_BY_APP, business, id);
            log("device.unregistered", id, customerId, Map.of("reason", UNREGISTERED_BY_APP));
        }
        return true;
    }

    /** Keeps the customer's active devices within the limit, deactivating the least recently refreshed. */
    private void supersedeBeyondLimit(UUID business, UUID customerId, UUID keep) {
        List<UUID> superseded = jdbc.queryForList("""
                update device_tokens set deactivated_at = ?, deactivation_reason = ?
                 where business_id = ? and id in (
                       select id from device_tokens
                        where business_id = ? and customer_id = ? and deactivated_at is null and id <> ?
                        order by refreshed_at desc, id
                       offset ?)
                returning id""", UUID.class, timestamp(now()), SUPERSEDED, business, business, customerId, keep,
                properties.maxActivePerCustomer() - 1);
        superseded.forEach(id -> log("device.superseded", id, customerId, Map.of("reason", SUPERSEDED)));
    }

    private Row lockByToken(UUID business, String token) {
        return jdbc.query("select " + COLUMNS + " from device_tokens where business_id = ? and token = ? for update",
                rowMapper(now()), business, token).stream().findFirst().orElse(null);
    }

    private Device find(UUID business, UUID id) {
        return jdbc.queryForObject("select " + COLUMNS + " from device_tokens where business_id = ? and id = ?",
                rowMapper(now()), business, id).device();
    }

    private RowMapper<Row> rowMapper(Instant now) {
        return (rs, row) -> map(rs, now);
    }

    private Row map(ResultSet rs, Instant now) throws SQLException {
        Instant refreshedAt = instant(rs, "refreshed_at");
        Instant deactivatedAt = instant(rs, "deactivated_at");
        boolean active = deactivatedAt == null;
        Device device = new Device(rs.getObject("id", UUID.class), rs.getString("token"),
                DeviceTokenKind.valueOf(rs.getString("token_kind")), DevicePlatform.valueOf(rs.getString("platform")),
                rs.getString("app_version"), rs.getString("locale"), rs.getString("time_zone"),
                instant(rs, "created_at"), refreshedAt, active,
                active && DeviceRules.isStale(refreshedAt, now, properties.staleAfter()), deactivatedAt,
                rs.getString("deactivation_reason"));
        return new Row(device.id(), rs.getObject("customer_id", UUID.class), device);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private void log(String action, UUID deviceId, UUID customerId, Map<String, String> details) {
        Map<String, Object> all = new LinkedHashMap<>(details);
        all.put("actor", "CUSTOMER");
        all.put("customerId", customerId.toString());
        activityLog.recordSystem(action, "Device", deviceId, all);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static java.time.OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
