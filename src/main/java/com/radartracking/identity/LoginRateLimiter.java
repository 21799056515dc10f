package com.radartracking.identity;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Fixed-window counters of failed logins in Redis, per account and per client IP, shared by every
 * instance. A login is refused with RATE_LIMITED (and the seconds to wait) once either counter is full.
 * If Redis is down, login stays available: account locks in the database still stop brute force.
 */
@Component
class LoginRateLimiter {

    private static final Logger log = LoggerFactory.getLogger(LoginRateLimiter.class);

    /** INCR, setting the window's expiry on the first hit; returns {count, ttl}. */
    private static final RedisScript<List> INCREMENT = RedisScript.of("""
            local count = redis.call('INCR', KEYS[1])
            if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            return {count, redis.call('PTTL', KEYS[1])}
            """, List.class);

    private final StringRedisTemplate redis;
    private final AuthProperties.Login settings;

    private final String keyPrefix;

    LoginRateLimiter(StringRedisTemplate redis, AuthProperties properties) {
        this.redis = redis;
        this.settings = properties.login();
        this.keyPrefix = properties.redisKeyPrefix();
    }

    /** Throws RATE_LIMITED if this account or this IP has used up its window. */
    void checkAllowed(String email, String ip) {
        checkCounter(accountKey(email), settings.maxAttemptsPerAccount());
        checkCounter(ipKey(ip), settings.maxAttemptsPerIp());
    }

    void recordFailure(String email, String ip) {
        try {
            redis.execute(INCREMENT, List.of(accountKey(email)), Long.toString(settings.window().toMillis()));
            redis.execute(INCREMENT, List.of(ipKey(ip)), Long.toString(settings.window().toMillis()));
        } catch (RuntimeException e) {
            log.warn("Could not record a failed login in Redis: {}", e.getMessage());
        }
    }

    void recordSuccess(String email) {
        try {
            redis.delete(accountKey(email));
        } catch (RuntimeException e) {
            log.warn("Could not reset the login counter in Redis: {}", e.getMessage());
        }
    }

    private void checkCounter(String key, int max) {
        String value;
        Long ttl;
        try {
            value = redis.opsForValue().get(key);
            ttl = value == null ? null : redis.getExpire(key, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (RuntimeException e) {
            log.warn("Redis unavailable for login rate limiting: {}", e.getMessage());
            return;
        }
        if (value != null && Long.parseLong(value) >= max) {
            throw IdentityException.rateLimited(Duration.ofMillis(ttl == null || ttl < 0 ? 1000 : ttl));
        }
    }

    private String accountKey(String email) {
        return keyPrefix + "rl:login:account:" + email;
    }

    private String ipKey(String ip) {
        return keyPrefix + "rl:login:ip:" + (ip == null ? "unknown" : ip);
    }
}
