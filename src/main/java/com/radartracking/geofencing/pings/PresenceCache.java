package com.radartracking.geofencing.pings;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * The fast path of presence: one Redis hash per device (key scoped by business, customer and device),
 * zone id to {@code enteredAt:lastInsideAt:dwell}, plus {@code v}, the device's last accepted ping time
 * it reflects. PostgreSQL is the source of truth: a cached set is used only when its {@code v} equals
 * {@code geo_devices.last_ping_at} read under the device lock, so a write lost in a crash, a write that
 * arrived late, a flushed or evicted key all fall back to PostgreSQL instead of producing a second
 * ENTER. Redis errors are swallowed (and counted by the caller): after one, Redis is left alone for
 * {@code radar.geo.redis-retry-after} so a dead server costs no connection attempt per ping.
 */
@Component
class PresenceCache {

    private static final Logger log = LoggerFactory.getLogger(PresenceCache.class);
    private static final String VERSION = "v";

    /** Replaces the hash with ARGV[2..] (field, value pairs) and sets its TTL (ARGV[1], ms): one round trip. */
    private static final RedisScript<Long> REPLACE = RedisScript.of("""
            redis.call('DEL', KEYS[1])
            redis.call('HSET', KEYS[1], unpack(ARGV, 2))
            redis.call('PEXPIRE', KEYS[1], ARGV[1])
            return 1
            """, Long.class);

    private final StringRedisTemplate redis;
    private final String keyPrefix;
    private final GeoProperties properties;
    private volatile boolean down;
    private volatile long retryAt;

    PresenceCache(StringRedisTemplate redis, @Value("${radar.auth.redis-key-prefix:radar:}") String keyPrefix,
            GeoProperties properties) {
        this.redis = redis;
        this.keyPrefix = keyPrefix;
        this.properties = properties;
    }

    /** Why the cache could not answer. */
    enum Miss {
        /** No key, or a key that does not reflect the device's last ping. */
        STALE,
        /** Redis failed or is being left alone after a failure. */
        UNAVAILABLE
    }

    /** The cached presence if it reflects {@code lastPingAt}; otherwise why not. */
    record Lookup(Optional<Map<UUID, Presence>> presence, Miss miss) {
    }

    Lookup get(DeviceKey device, Instant lastPingAt) {
        if (!available()) {
            return new Lookup(Optional.empty(), Miss.UNAVAILABLE);
        }
        Map<Object, Object> hash;
        try {
            hash = redis.opsForHash().entries(key(device));
        } catch (RuntimeException e) {
            failed(e);
            return new Lookup(Optional.empty(), Miss.UNAVAILABLE);
        }
        Object version = hash.get(VERSION);
        if (lastPingAt == null || version == null || !version.equals(encode(lastPingAt))) {
            return new Lookup(Optional.empty(), Miss.STALE);
        }
        Map<UUID, Presence> presence = new HashMap<>();
        hash.forEach((field, value) -> {
            if (!VERSION.equals(field)) {
                String[] parts = value.toString().split(":");
                presence.put(UUID.fromString(field.toString()), new Presence(decode(parts[0]), decode(parts[1]),
                        "1".equals(parts[2])));
            }
        });
        return new Lookup(Optional.of(presence), null);
    }

    /** Caches {@code presence} as of {@code lastPingAt} (called after commit; failures only logged). */
    void put(DeviceKey device, Instant lastPingAt, Map<UUID, Presence> presence) {
        if (!available()) {
            return;
        }
        List<String> args = new ArrayList<>(2 + presence.size() * 2);
        args.add(Long.toString(properties.presenceTtl().toMillis()));
        args.add(VERSION);
        args.add(encode(lastPingAt));
        presence.forEach((zone, stay) -> {
            args.add(zone.toString());
            args.add(encode(stay.enteredAt()) + ":" + encode(stay.lastInsideAt()) + ":" + (stay.dwellEmitted() ? 1 : 0));
        });
        try {
            redis.execute(REPLACE, List.of(key(device)), args.toArray());
        } catch (RuntimeException e) {
            failed(e);
        }
    }

    private boolean available() {
        if (down && System.nanoTime() - retryAt < 0) {
            return false;
        }
        down = false;
        return true;
    }

    private void failed(RuntimeException e) {
        retryAt = System.nanoTime() + properties.redisRetryAfter().toNanos();
        down = true;
        log.warn("Redis unavailable for geofence presence, using PostgreSQL for {}: {}", properties.redisRetryAfter(),
                e.getMessage());
    }

    private String key(DeviceKey device) {
        return keyPrefix + "geo:presence:" + device.businessId() + ":" + device.customerId() + ":" + device.device();
    }

    private static String encode(Instant instant) {
        return Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, instant));
    }

    private static Instant decode(String micros) {
        return Instant.EPOCH.plus(Long.parseLong(micros), ChronoUnit.MICROS);
    }
}
