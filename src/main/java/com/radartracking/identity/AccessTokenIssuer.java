package com.radartracking.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Signs short-lived RS256 access tokens carrying the user, business and role, plus the session they
 * belong to ({@code sid}, the refresh-token family, so logout can void them) and the issue time in
 * milliseconds ({@code iat_ms}: {@code iat} has whole seconds, too coarse to tell a token minted just
 * after a revocation from one minted just before it).
 */
@Component
class AccessTokenIssuer {

    static final String BUSINESS_CLAIM = "business_id";
    static final String ROLE_CLAIM = "role";
    static final String SESSION_CLAIM = "sid";
    static final String ISSUED_AT_MILLIS_CLAIM = "iat_ms";

    private final SigningKeys keys;
    private final AuthProperties properties;
    private final Clock clock;

    AccessTokenIssuer(SigningKeys keys, AuthProperties properties, Clock clock) {
        this.keys = keys;
        this.properties = properties;
        this.clock = clock;
    }

    record IssuedToken(String value, Instant expiresAt) {
    }

    IssuedToken issue(User user, UUID sessionId) {
        Instant now = clock.instant();
        // JWT times are whole seconds: report exactly the exp the token carries.
        Instant expiresAt = now.plus(properties.accessTokenTtl()).truncatedTo(ChronoUnit.SECONDS);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(properties.issuer())
                .subject(user.id().toString())
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expiresAt))
                .claim(BUSINESS_CLAIM, user.businessId().toString())
                .claim(ROLE_CLAIM, user.role().name())
                .claim("email", user.email())
                .claim(SESSION_CLAIM, sessionId.toString())
                .claim(ISSUED_AT_MILLIS_CLAIM, now.toEpochMilli())
                .build();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(keys.signingKey().getKeyID())
                .type(JOSEObjectType.JWT)
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new RSASSASigner(keys.signingKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign an access token", e);
        }
        return new IssuedToken(jwt.serialize(), expiresAt);
    }
}
