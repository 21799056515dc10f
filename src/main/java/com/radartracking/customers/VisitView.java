package com.radartracking.customers;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The GraphQL {@code Visit} type; {@code customer} and {@code location} are resolved by data loaders
 * from the ids (which, with {@code businessId}, are not schema fields).
 */
record VisitView(UUID id, UUID businessId, UUID customerId, UUID locationId, BigDecimal amount, String currency,
        VisitSource source, Instant occurredAt, UUID recordedByUserId, Instant createdAt) {
}
