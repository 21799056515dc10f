package com.radartracking.mobile;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the mobile shim ({@code radar.mobile.*}); the defaults suit production.
 *
 * @param maxRequestBytes largest request body accepted (413 beyond)
 * @param codeTtl how long a sign-in code stays valid
 * @param codeMaxAttempts wrong guesses after which a code is dead
 * @param limits requests per client IP and per contact (email or phone) in each window
 * @param appKeyCacheTtl how long an instance trusts an active app key without asking the database (so
 *     how long a revocation may take to reach the other instances)
 */
@ConfigurationProperties("radar.mobile")
record MobileProperties(
        @DefaultValue("16384") int maxRequestBytes,
        @DefaultValue("10m") Duration codeTtl,
        @DefaultValue("5") int codeMaxAttempts,
        @DefaultValue Limits limits,
        @DefaultValue("10s") Duration appKeyCacheTtl) {

    record Limits(
            @DefaultValue("15m") Duration window,
            @DefaultValue("30") int enrolmentsPerIp,
            @DefaultValue("5") int enrolmentsPerContact,
            @DefaultValue("60") int sessionsPerIp,
            @DefaultValue("10") int sessionsPerContact) {
    }
}
