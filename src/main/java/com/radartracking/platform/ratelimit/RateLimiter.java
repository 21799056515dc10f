package com.radartracking.platform.ratelimit;

import com.radartracking.platform.errors.DomainException;
import com.radartracking.platform.errors.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Fixed-window request counters in Redis, shared by every instance, for endpoints anyone can call
 * (the mobile app's enrolment and sign-in). Check and increment are one Lua script, so concurrent
 * requests never exceed the limit. The key is hashed, so what callers send (an email, a phone) neither
 * bloats nor shows in Redis. If Redis is down the request is let through: a limiter must not take the
 * feature down with it, and the protected operations have limits of their own (code attempts).
 */
@Component
public class RateLimiter {

    private static final Logger log = LoggerFactory.getLogger(RateLimiter.class);

    /**
     * Fixed-window check-and-count for KEYS[1]: returns 0 and counts the hit when under {@code ARGV[1]} hits,
     * otherwise the window's remaining ms ({@code ARGV[2]} is the window in ms). Shared with login limits.
     */
    public static final RedisScript<Long> HIT = RedisScript.of("""
            local count = tonumber(redis.call('GET', KEYS[1]) or '0')
            if count >= tonumber(ARGV[1]) then
              local ttl = redis.call('PTTL', KEYS[1])
              if ttl <= 0 then ttl = tonumber(ARGV[2]) end
              return ttl
            end
            if redis.call('INCR', KEYS[1]) == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
            return 0
            """, Long.class);

    private final StringRedisTemplate redis;
    private final String keyPrefix;

    public RateLimiter(StringRedisTemplate redis, @Value("${radar.auth.redis-key-prefix:radar:}") String keyPrefix) {
        this.redis = redis;
        this.keyPrefix = keyPrefix;
    }

    /**
     * Counts one hit of {@code key} in {@code bucket} (e.g. "mobile.enrolment.ip"); throws RATE_LIMITED
     * with {@code retryAfter} (seconds) once {@code max} hits were counted in the current window.
     */
    public void hit(String bucket, String key, int max, Duration window) {
        Long waitMillis;
        try {
            waitMillis = redis.execute(HIT, List.of(keyPrefix + "rl:" + bucket + ":" + digest(key)),
                    Integer.toString(max), Long.toString(window.toMillis()));
        } catch (RuntimeException e) {
            log.warn("Redis unavailable for rate limiting {}: {}", bucket, e.getMessage());
            return;
        }
        if (waitMillis != null && waitMillis > 0) {
            long seconds = Math.max(1, (waitMillis + 999) / 1000);
            throw new DomainException(ErrorCode.RATE_LIMITED, "Too many requests; retry in " + seconds + " s",
                    Map.of("retryAfter", seconds));
        }
    }

    private static String digest(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(String.valueOf(key).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
