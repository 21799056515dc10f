package com.radartracking.mobile;

import java.util.List;
import java.util.UUID;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in customer of a shim request, from a customer token that matched the request's app key. */
record MobileCustomer(UUID businessId, UUID customerId, UUID appId) {

    /** The current request's customer; the security chain guarantees one on the /me endpoints. */
    static MobileCustomer current() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof Authentication authentication) {
            return authentication.customer;
        }
        throw MobileException.unauthenticated("TOKEN_MISSING", "Sign in first: send the customer token");
    }

    /** Authenticated as ROLE_CUSTOMER; never an {@code Actor}, so nothing of the panel accepts it. */
    static final class Authentication extends AbstractAuthenticationToken {
        private final MobileCustomer customer;

        Authentication(MobileCustomer customer) {
            super(List.of(new SimpleGrantedAuthority("ROLE_CUSTOMER")));
            this.customer = customer;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return null;
        }

        @Override
        public Object getPrincipal() {
            return customer;
        }
    }
}
