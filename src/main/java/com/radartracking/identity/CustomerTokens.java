package com.radartracking.identity;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Tokens for the customers of a business's mobile app, signed by the built-in issuer with the same RS256
 * key as panel tokens but kept apart from them: header {@code typ} {@value #TYPE}, audience
 * {@value #AUDIENCE}, subject the customer id, claim {@code business_id}. The panel's decoder refuses
 * them (they are not panel tokens) and {@link #verify} refuses panel tokens, so neither kind opens the
 * other's door.
 */
public interface CustomerTokens {

    String TYPE = "customer+jwt";
    String AUDIENCE = "radar-mobile";

    /** A signed token for this customer of this business. */
    IssuedCustomerToken issue(UUID businessId, UUID customerId);

    /** The claims of a valid, unexpired customer token of ours; empty for anything else. */
    Optional<CustomerClaims> verify(String token);

    record IssuedCustomerToken(String value, Instant expiresAt) {
    }

    record CustomerClaims(UUID businessId, UUID customerId, Instant expiresAt) {
    }
}
