package com.radartracking.loyalty;

import java.time.Instant;
import java.util.UUID;

/** The expiry job expired points of an idle card (all earnings that expired in one run, together). */
public record PointsExpired(UUID businessId, UUID customerId, UUID cardId, UUID programId, long points,
        long balance, Instant occurredAt) {
}
