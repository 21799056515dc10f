package com.radartracking.loyalty;

import java.time.Instant;
import java.util.UUID;

/** The GraphQL {@code PointsLedgerEntry} type. */
record LedgerEntryView(UUID id, UUID businessId, UUID cardId, PointsReason reason, long delta, long balanceAfter,
        UUID actorUserId, String reference, UUID locationId, String note, Instant expiresAt, Instant occurredAt) {
}
