package com.radartracking.identity;

import com.radartracking.platform.security.Actor;
import com.radartracking.platform.security.Role;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Turns a validated JWT (ours or an external issuer's) into an {@link Actor}: user id from {@code sub},
 * business and role from configurable claims. Revoked tokens are refused here: ours by their user's
 * cut-off and their session (Redis), an external issuer's unless they name an active user of the
 * business they claim (database). The role, though, is the external issuer's to decide: it is taken
 * from its token.
 */
@Component
class ActorAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final AuthProperties properties;
    private final TokenRevocations revocations;
    private final ActiveMembership membership;

    ActorAuthenticationConverter(AuthProperties properties, TokenRevocations revocations,
            ActiveMembership membership) {
        this.properties = properties;
        this.revocations = revocations;
        this.membership = membership;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Actor actor = toActor(jwt);
        if (properties.issuer().equals(jwt.getClaimAsString("iss"))) {
            if (revocations.isRevoked(actor.userId(), sessionOf(jwt), issuedAt(jwt))) {
                throw new BadCredentialsException("Token has been revoked");
            }
        } else if (!membership.isActiveUserOf(actor.userId(), actor.businessId())) {
            // Not ours, so no session or cut-off of ours applies; the database has the exact answer.
            throw new BadCredentialsException("Token names no active user of its business");
        }
        return new ActorAuthentication(actor, jwt);
    }

    /** Our tokens carry milliseconds ({@code iat} alone is too coarse for the revocation cut-off). */
    private static Instant issuedAt(Jwt jwt) {
        if (jwt.getClaim(AccessTokenIssuer.ISSUED_AT_MILLIS_CLAIM) instanceof Number millis) {
            return Instant.ofEpochMilli(millis.longValue());
        }
        return jwt.getIssuedAt() == null ? Instant.EPOCH : jwt.getIssuedAt();
    }

    private static UUID sessionOf(Jwt jwt) {
        try {
            return UUID.fromString(jwt.getClaimAsString(AccessTokenIssuer.SESSION_CLAIM));
        } catch (RuntimeException e) {
            throw new BadCredentialsException("Token lacks a valid session claim");
        }
    }

    private Actor toActor(Jwt jwt) {
        try {
            UUID userId = UUID.fromString(jwt.getSubject());
            UUID businessId = UUID.fromString(jwt.getClaimAsString(properties.businessIdClaim()));
            Role role = Role.valueOf(jwt.getClaimAsString(properties.roleClaim()));
            return new Actor(userId, businessId, role, jwt.getClaimAsString("email"));
        } catch (RuntimeException e) {
            throw new BadCredentialsException("Token lacks a valid subject, business or role claim");
        }
    }

    /** An authenticated request whose principal is the {@link Actor}. */
    static final class ActorAuthentication extends AbstractAuthenticationToken {
        private final Actor actor;
        private final Jwt jwt;

        ActorAuthentication(Actor actor, Jwt jwt) {
            super(List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name())));
            this.actor = actor;
            this.jwt = jwt;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return jwt;
        }

        @Override
        public Object getPrincipal() {
            return actor;
        }
    }
}
