package com.radartracking.customers;

import java.time.Instant;
import java.util.UUID;

/**
 * The GraphQL {@code CustomerConsent} type: the current answer for one consent type; {@code granted} is
 * null (and the rest too) when the customer was never asked.
 */
record ConsentView(ConsentType type, Boolean granted, ConsentSource source, Instant changedAt,
        UUID changedByUserId) {

    static ConsentView unanswered(ConsentType type) {
        return new ConsentView(type, null, null, null, null);
    }
}
