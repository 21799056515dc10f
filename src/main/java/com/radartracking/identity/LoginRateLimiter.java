package com.radartracking.identity;

import com.radartracking.platform.ratelimit.RateLimiter;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * Fixed-window counters of login attempts in Redis, per account and per client IP, shared by every
 * instance. Each attempt first reserves a slot in both counters, atomically (check and increment in one
 * Lua script), so concurrent attempts can never exceed the limits; a successful login gives its slots
 * back, so in effect only failures (wrong passwords, unknown emails, attempts on a locked or deactivated
 * account) are counted. Once either counter is full, login answers RATE_LIMITED with the seconds to wait.
 * If Redis is down, login stays available: account locks in the database still stop brute force.
 */
@Component
class LoginRateLimiter {

    private static final Logger log = LoggerFactory.getLogger(LoginRateLimiter.class);

    /** Returns 0 and counts the attempt when under {@code ARGV[1]}; otherwise the window's remaining ms. */
    private static final RedisScript<Long> RESERVE = RateLimiter.HIT;

    /** Gives back one reserved slot (never below zero, never creating the key). */
    private static final RedisScript<Long> RELEASE = RedisScript.of("""
            if tonumber(redis.call('GET', KEYS[1]) or '0') > 0 then return redis.call('DECR', KEYS[1]) end
            return 0
            """, Long.class);

    private final StringRedisTemplate redis;
    private final AuthProperties.Login settings;
    private final String keyPrefix;

    LoginRateLimiter(StringRedisTemplate redis, AuthProperties properties) {
        this.redis = redis;
        this.settings = properties.login();
        this.keyPrefix = properties.redisKeyPrefix();
    }

    /** A reserved attempt; {@link #succeeded()} gives it back. */
    final class Attempt {
        private final String accountKey;
        private final String ipKey;

        private Attempt(String accountKey, String ipKey) {
            this.accountKey = accountKey;
            this.ipKey = ipKey;
        }

        /** A successful login clears the account's failures and does not use up the IP's allowance. */
        void succeeded() {
            try {
                redis.delete(accountKey);
                redis.execute(RELEASE, List.of(ipKey));
            } catch (RuntimeException e) {
                log.warn("Could not reset the login counters in Redis: {}", e.getMessage());
            }
        }
    }

    /** Counts an attempt for this account and this IP, or throws RATE_LIMITED if either is used up. */
    Attempt reserve(String email, String ip) {
        Attempt attempt = new Attempt(accountKey(email), ipKey(ip));
        try {
            refuseIfFull(attempt.accountKey, settings.maxAttemptsPerAccount(), null);
            refuseIfFull(attempt.ipKey, settings.maxAttemptsPerIp(), attempt.accountKey);
        } catch (IdentityException limited) {
            throw limited;
        } catch (RuntimeException e) {
            log.warn("Redis unavailable for login rate limiting: {}", e.getMessage());
        }
        return attempt;
    }

    /** Reserves a slot of {@code key}; when full, gives back the slot already taken of {@code reserved}. */
    private void refuseIfFull(String key, int max, String reserved) {
        Long waitMillis = redis.execute(RESERVE, List.of(key), Integer.toString(max),
                Long.toString(settings.window().toMillis()));
        if (waitMillis != null && waitMillis > 0) {
            if (reserved != null) {
                redis.execute(RELEASE, List.of(reserved));
            }
            throw IdentityException.rateLimited(Duration.ofMillis(waitMillis));
        }
    }

    private String accountKey(String email) {
        // No valid address is longer than 254 characters; longer input cannot bloat the key space.
        String bounded = email.length() > 254 ? email.substring(0, 254) : email;
        return keyPrefix + "rl:login:account:" + bounded;
    }

    private String ipKey(String ip) {
        return keyPrefix + "rl:login:ip:" + (ip == null ? "unknown" : ip);
    }
}
