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
 * business and role from configurable claims. Tokens of revoked users are refused here.
 */
@Component
class ActorAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final AuthProperties properties;
    private final TokenRevocations revocations;

    ActorAuthenticationConverter(AuthProperties properties, TokenRevocations revocations) {
        this.properties = properties;
        this.revocations = revocations;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Actor actor = toActor(jwt);
        Instant issuedAt = jwt.getIssuedAt() == null ? Instant.EPOCH : jwt.getIssuedAt();
        if (revocations.isRevoked(actor.userId(), issuedAt)) {
            throw new BadCredentialsException("Token has been revoked");
        }
        return new ActorAuthentication(actor, jwt);
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
