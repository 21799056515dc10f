package com.radartracking.loyalty;

import java.time.Instant;
import java.util.UUID;

/**
 * Points (or stamps) were earned for a visit, one event per program and visit. Published inside the
 * visit's transaction, under its business's tenant: the campaign engine's POINTS_THRESHOLD trigger decides
 * in it (synchronous listener), so the visit and the campaign's message commit together.
 *
 * @param points what this visit earned in the program, all reasons together
 * @param balance the card's balance afterwards
 */
public record PointsAwarded(UUID businessId, UUID customerId, UUID cardId, UUID programId, long points,
        long balance, UUID visitId, Instant occurredAt) {
}
