package com.radartracking.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Makes already-issued access tokens stop working at once, in Redis so every instance sees it, for as
 * long as an access token can live:
 * <ul>
 * <li>per user, "tokens issued up to T (ms) are void" (deactivation, role change);</li>
 * <li>per session ({@code sid}), "void" (logout, refresh-token reuse).</li>
 * </ul>
 * Both are written after the deciding transaction commits, and T is taken then: a token minted by a
 * request that read the user before the commit is not newer than T and dies; one minted later lives.
 * If Redis cannot answer, the check falls back to asking the database whether the user is active.
 */
@Component
class TokenRevocations {

    private static final Logger log = LoggerFactory.getLogger(TokenRevocations.class);

    private final StringRedisTemplate redis;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration lifetime;
    private final String userPrefix;
    private final String sessionPrefix;

    TokenRevocations(StringRedisTemplate redis, JdbcTemplate jdbc, AuthProperties properties, Clock clock) {
        this.redis = redis;
        this.jdbc = jdbc;
        this.clock = clock;
        this.lifetime = properties.accessTokenTtl().plusMinutes(1);
        this.userPrefix = properties.redisKeyPrefix() + "auth:revoked-before-ms:";
        this.sessionPrefix = properties.redisKeyPrefix() + "auth:revoked-session:";
    }

    /** Voids every access token of {@code userId} issued before the current transaction commits. */
    void revokeUserTokensAtCommit(UUID userId) {
        afterCommit(() -> redis.opsForValue().set(userPrefix + userId,
                Long.toString(clock.instant().toEpochMilli()), lifetime));
    }

    /** Voids every access token of the session {@code sessionId} once the current transaction commits. */
    void revokeSessionAtCommit(UUID sessionId) {
        afterCommit(() -> redis.opsForValue().set(sessionPrefix + sessionId, "1", lifetime));
    }

    /**
     * True when the token was issued before its user's cut-off or belongs to an ended session.
     * {@code sessionId} may be null (external issuers' tokens).
     */
    boolean isRevoked(UUID userId, UUID sessionId, Instant issuedAt) {
        List<String> values;
        try {
            values = redis.opsForValue().multiGet(Arrays.asList(userPrefix + userId,
                    sessionPrefix + (sessionId == null ? "none" : sessionId)));
        } catch (RuntimeException redisDown) {
            log.warn("Redis unavailable for the revocation check; falling back to the database: {}",
                    redisDown.getMessage());
            return !Boolean.TRUE.equals(jdbc.queryForObject("select auth_user_is_active(?)", Boolean.class, userId));
        }
        String revokedBefore = values == null ? null : values.get(0);
        String sessionRevoked = values == null || sessionId == null ? null : values.get(1);
        return sessionRevoked != null
                || revokedBefore != null && issuedAt.toEpochMilli() <= Long.parseLong(revokedBefore);
    }

    private static void afterCommit(Runnable write) {
        Runnable guarded = () -> {
            try {
                write.run();
            } catch (RuntimeException e) {
                log.error("Could not record a token revocation in Redis; revoked access tokens stay valid until "
                        + "they expire", e);
            }
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    guarded.run();
                }
            });
        } else {
            guarded.run();
        }
    }
}
