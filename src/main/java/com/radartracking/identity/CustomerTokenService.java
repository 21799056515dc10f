package com.radartracking.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.stereotype.Service;

/**
 * {@link CustomerTokens} on the built-in issuer's signing key. Verified tokens are remembered, keyed by
 * the exact token string, until they expire (at most {@link #CACHE_AT_MOST}): an app sends the same token
 * with every request (location pings by the thousand per second), and checking an RS256 signature and
 * decoding the claims again each time was a tenth of a ping's CPU. This changes nothing of what is
 * accepted: the token's signature, issuer, type, audience and expiry were checked once, a customer token
 * cannot be revoked before it expires, and the verifying key is fixed for the instance's life. Expiry is checked again on every hit against the clock. Only valid tokens are
 * remembered, so garbage cannot fill the cache; a token of another business is still refused by the
 * caller, which compares the claims with the app key's business on every request.
 */
@Service
class CustomerTokenService implements CustomerTokens {

    private final SigningKeys keys;
    private final AuthProperties properties;
    private final Clock clock;
    private final Duration ttl;
    private final NimbusJwtDecoder decoder;
    private final Cache<String, CustomerClaims> verified;

    static final Duration CACHE_AT_MOST = Duration.ofHours(1);
    static final int CACHE_SIZE = 20_000;

    CustomerTokenService(SigningKeys keys, AuthProperties properties, Clock clock,
            @Value("${radar.auth.customer-token-ttl:30d}") Duration ttl) {
        this.keys = keys;
        this.properties = properties;
        this.clock = clock;
        this.ttl = ttl;
        this.decoder = NimbusJwtDecoder.withPublicKey(keys.publicKey())
                .signatureAlgorithm(SignatureAlgorithm.RS256).build();
        JwtTimestampValidator timestamps = new JwtTimestampValidator();
        timestamps.setClock(clock);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(timestamps,
                new JwtIssuerValidator(properties.issuer()), new JwtTypeValidator(TYPE),
                new JwtClaimValidator<Object>("aud", aud -> aud instanceof java.util.Collection<?> list
                        && list.contains(AUDIENCE) || AUDIENCE.equals(aud))));
        this.verified = Caffeine.newBuilder().maximumSize(CACHE_SIZE)
                .expireAfter(Expiry.creating((String token, CustomerClaims claims) -> {
                    Duration left = Duration.between(clock.instant(), claims.expiresAt());
                    return left.compareTo(CACHE_AT_MOST) > 0 ? CACHE_AT_MOST : left.isNegative() ? Duration.ZERO : left;
                }))
                .build();
    }

    @Override
    public IssuedCustomerToken issue(UUID businessId, UUID customerId) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(ttl).truncatedTo(ChronoUnit.SECONDS);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(properties.issuer())
                .audience(AUDIENCE)
                .subject(customerId.toString())
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expiresAt))
                .claim(AccessTokenIssuer.BUSINESS_CLAIM, businessId.toString())
                .build();
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keys.signingKey().getKeyID())
                .type(new JOSEObjectType(TYPE)).build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(new RSASSASigner(keys.signingKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a customer token", e);
        }
        return new IssuedCustomerToken(jwt.serialize(), expiresAt);
    }

    @Override
    public Optional<CustomerClaims> verify(String token) {
        if (token == null || token.isBlank() || token.length() > 4096) {
            return Optional.empty();
        }
        CustomerClaims known = verified.getIfPresent(token);
        if (known != null && clock.instant().isBefore(known.expiresAt())) {
            return Optional.of(known);
        }
        try {
            Jwt jwt = decoder.decode(token);
            CustomerClaims claims = new CustomerClaims(
                    UUID.fromString(jwt.getClaimAsString(AccessTokenIssuer.BUSINESS_CLAIM)),
                    UUID.fromString(jwt.getSubject()), jwt.getExpiresAt());
            if (claims.expiresAt() != null) {
                verified.put(token, claims);
            }
            return Optional.of(claims);
        } catch (JwtException | IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
