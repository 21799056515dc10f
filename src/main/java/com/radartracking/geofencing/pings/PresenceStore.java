package com.radartracking.geofencing.pings;

import com.radartracking.geofencing.LocationPings.Ping;
import com.radartracking.platform.persistence.TransactionLocks;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The durable presence: {@code geo_devices} (last accepted ping per device) and {@code geo_presence} (the
 * zones each device is in). PostgreSQL is the source of truth; Redis ({@link PresenceCache}) only saves
 * the read. Every change happens in the transaction that stores the events, under a per-device advisory
 * lock, so two requests of one device are evaluated one after the other and never both emit ENTER.
 */
@Component
class PresenceStore {

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionLocks locks;

    PresenceStore(NamedParameterJdbcTemplate jdbc, TransactionLocks locks) {
        this.jdbc = jdbc;
        this.locks = locks;
    }

    /** Serialises this device's evaluations until the transaction ends (taken before reading anything). */
    void lock(DeviceKey device) {
        locks.lock("geo-device", UUID.nameUUIDFromBytes((device.customerId() + "|" + device.device())
                .getBytes(StandardCharsets.UTF_8)));
    }

    /** When the device's last accepted ping was taken (device time); null for a device never seen. */
    Instant lastPingAt(DeviceKey device) {
        List<Instant> found = jdbc.query("""
                SELECT last_ping_at FROM geo_devices
                WHERE business_id = :business AND customer_id = :customer AND device_key = :device""",
                keyOf(device), (row, n) -> row.getTimestamp(1).toInstant());
        return found.isEmpty() ? null : found.getFirst();
    }

    Map<UUID, Presence> presence(DeviceKey device) {
        Map<UUID, Presence> presence = new HashMap<>();
        jdbc.query("""
                SELECT geofence_id, entered_at, last_inside_at, dwell_emitted FROM geo_presence
                WHERE business_id = :business AND customer_id = :customer AND device_key = :device""",
                keyOf(device), row -> {
                    presence.put(row.getObject(1, UUID.class), new Presence(row.getTimestamp(2).toInstant(),
                            row.getTimestamp(3).toInstant(), row.getBoolean(4)));
                });
        return presence;
    }

    /** Records the device's newest accepted ping (the out-of-order baseline). */
    void saveLastPing(DeviceKey device, Ping ping) {
        jdbc.update("""
                INSERT INTO geo_devices (business_id, customer_id, device_key, last_ping_at, last_point, last_accuracy)
                VALUES (:business, :customer, :device, :at,
                        ST_SetSRID(ST_MakePoint(:lng, :lat), 4326)::geography, :accuracy)
                ON CONFLICT (business_id, customer_id, device_key) DO UPDATE
                SET last_ping_at = excluded.last_ping_at, last_point = excluded.last_point,
                    last_accuracy = excluded.last_accuracy, updated_at = now()""",
                keyOf(device).addValue("at", Timestamp.from(ping.recordedAt())).addValue("lng", ping.longitude())
                        .addValue("lat", ping.latitude()).addValue("accuracy", (float) ping.accuracyMeters()));
    }

    /** Writes what changed between {@code before} and {@code after} (left stays, new or updated stays). */
    void savePresence(DeviceKey device, Map<UUID, Presence> before, Map<UUID, Presence> after) {
        Set<UUID> left = new java.util.HashSet<>(before.keySet());
        left.removeAll(after.keySet());
        if (!left.isEmpty()) {
            jdbc.update("""
                    DELETE FROM geo_presence
                    WHERE business_id = :business AND customer_id = :customer AND device_key = :device
                      AND geofence_id = ANY(CAST(:zones AS uuid[]))""",
                    keyOf(device).addValue("zones", left.stream().map(UUID::toString).toArray(String[]::new)));
        }
        List<MapSqlParameterSource> changed = new ArrayList<>();
        after.forEach((zone, stay) -> {
            if (!stay.equals(before.get(zone))) {
                changed.add(keyOf(device).addValue("zone", zone).addValue("entered", Timestamp.from(stay.enteredAt()))
                        .addValue("inside", Timestamp.from(stay.lastInsideAt())).addValue("dwell", stay.dwellEmitted()));
            }
        });
        if (!changed.isEmpty()) {
            jdbc.batchUpdate("""
                    INSERT INTO geo_presence (business_id, customer_id, device_key, geofence_id, entered_at,
                                              last_inside_at, dwell_emitted)
                    VALUES (:business, :customer, :device, :zone, :entered, :inside, :dwell)
                    ON CONFLICT (business_id, customer_id, device_key, geofence_id) DO UPDATE
                    SET entered_at = excluded.entered_at, last_inside_at = excluded.last_inside_at,
                        dwell_emitted = excluded.dwell_emitted""", changed.toArray(MapSqlParameterSource[]::new));
        }
    }

    private static MapSqlParameterSource keyOf(DeviceKey device) {
        return new MapSqlParameterSource("business", device.businessId()).addValue("customer", device.customerId())
                .addValue("device", device.device());
    }
}
