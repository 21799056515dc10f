package com.radartracking.customers;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A visit was recorded. Published inside the recording transaction: synchronous {@code @EventListener}s
 * (loyalty awarding points) join it and roll back with it; {@code @TransactionalEventListener}s
 * (campaigns) see it after commit.
 *
 * @param amount what the customer spent, in the business's currency, or null when not given
 * @param recordedByUserId the panel user who recorded it, or null (app, POS integration)
 */
public record VisitRecorded(UUID businessId, UUID visitId, UUID customerId, UUID locationId, BigDecimal amount,
        VisitSource source, Instant occurredAt, UUID recordedByUserId) {
}
