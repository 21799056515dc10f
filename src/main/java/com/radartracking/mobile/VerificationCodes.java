package com.radartracking.mobile;

import com.radartracking.audit.ActivityLog;
import com.radartracking.platform.tenancy.TenantContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time sign-in codes: six random digits, stored only as a hash, valid for {@code radar.mobile.code-ttl},
 * dead after {@code code-max-attempts} wrong guesses or once used. A new code replaces the customer's
 * previous unused ones, so only the last message sent works.
 */
@Component
class VerificationCodes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final MobileProperties properties;
    private final ActivityLog activityLog;
    private final Clock clock;

    VerificationCodes(JdbcTemplate jdbc, MobileProperties properties, ActivityLog activityLog, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.activityLog = activityLog;
        this.clock = clock;
    }

    record Issued(String code, Instant expiresAt) {
    }

    @Transactional
    Issued issue(UUID customerId) {
        jdbc.update("delete from mobile_verification_codes where business_id = ? and customer_id = ? and used_at is null",
                TenantContext.require(), customerId);
        UUID id = UUID.randomUUID();
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.codeTtl());
        jdbc.update("""
                insert into mobile_verification_codes (id, business_id, customer_id, code_hash, expires_at, created_at)
                values (?, ?, ?, ?, ?, ?)""", id, TenantContext.require(), customerId, hash(id, code),
                Timestamp.from(expiresAt), Timestamp.from(now));
        activityLog.recordSystem("customer.sign_in_code_sent", "Customer", customerId, Map.of("actor", "CUSTOMER"));
        return new Issued(code, expiresAt);
    }

    /**
     * Uses the customer's live code if {@code code} matches it; a wrong guess is counted (and committed:
     * this returns false rather than throwing, so the count is not rolled back).
     */
    @Transactional
    boolean consume(UUID customerId, String code) {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select id, code_hash, attempts from mobile_verification_codes
                 where business_id = ? and customer_id = ? and used_at is null and expires_at > ?
                 order by created_at desc limit 1 for update""",
                TenantContext.require(), customerId, Timestamp.from(clock.instant()));
        if (rows.isEmpty()) {
            return false;
        }
        UUID id = (UUID) rows.getFirst().get("id");
        int attempts = ((Number) rows.getFirst().get("attempts")).intValue();
        if (attempts >= properties.codeMaxAttempts()) {
            return false;
        }
        if (!MessageDigest.isEqual((byte[]) rows.getFirst().get("code_hash"), hash(id, code))) {
            jdbc.update("update mobile_verification_codes set attempts = attempts + 1 where id = ?", id);
            return false;
        }
        jdbc.update("update mobile_verification_codes set used_at = ? where id = ?", Timestamp.from(clock.instant()), id);
        activityLog.recordSystem("customer.signed_in", "Customer", customerId, Map.of("actor", "CUSTOMER"));
        return true;
    }

    /** Salted with the row id, so equal codes never share a hash. */
    static byte[] hash(UUID id, String code) {
        try {
            return MessageDigest.getInstance("SHA-256").digest((id + ":" + code).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
