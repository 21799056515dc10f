package com.radartracking.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Settings of the built-in issuer and of login protection (see application.yml for the env vars). */
@ConfigurationProperties("radar.auth")
record AuthProperties(
        String issuer,
        String signingKeyPem,
        Duration accessTokenTtl,
        Duration refreshTokenTtl,
        Duration invitationTtl,
        String businessIdClaim,
        String roleClaim,
        String redisKeyPrefix,
        Login login) {

    record Login(int maxAttemptsPerAccount, int maxAttemptsPerIp, Duration window, int lockAfterFailures,
            Duration lockDuration) {
    }
}
