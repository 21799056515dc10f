package com.radartracking.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Makes a user's already-issued access tokens stop working at once (deactivation, role change):
 * Redis keeps "tokens issued before T are void" per user, for as long as an access token can live,
 * so every instance sees it. If Redis cannot answer, the check falls back to asking the database
 * whether the user is still active, so a deactivated user never gets through.
 */
@Component
class TokenRevocations {

    private static final Logger log = LoggerFactory.getLogger(TokenRevocations.class);

    private final StringRedisTemplate redis;
    private final JdbcTemplate jdbc;
    private final Duration accessTokenTtl;
    private final String prefix;

    TokenRevocations(StringRedisTemplate redis, JdbcTemplate jdbc, AuthProperties properties) {
        this.redis = redis;
        this.jdbc = jdbc;
        this.accessTokenTtl = properties.accessTokenTtl();
        this.prefix = properties.redisKeyPrefix() + "auth:revoked-before:";
    }

    /** Voids every access token of {@code userId} issued up to now. */
    void revokeIssuedBefore(UUID userId, Instant instant) {
        // Second precision in JWT iat: void everything issued up to and including this second.
        redis.opsForValue().set(prefix + userId, Long.toString(instant.getEpochSecond() + 1),
                accessTokenTtl.plusMinutes(1));
    }

    boolean isRevoked(UUID userId, Instant issuedAt) {
        String revokedBefore;
        try {
            revokedBefore = redis.opsForValue().get(prefix + userId);
        } catch (RuntimeException redisDown) {
            log.warn("Redis unavailable for the revocation check; falling back to the database: {}",
                    redisDown.getMessage());
            return !Boolean.TRUE.equals(jdbc.queryForObject("select auth_user_is_active(?)", Boolean.class, userId));
        }
        return revokedBefore != null && issuedAt.getEpochSecond() < Long.parseLong(revokedBefore);
    }
}
