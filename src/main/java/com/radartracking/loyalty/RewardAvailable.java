package com.radartracking.loyalty;

import java.time.Instant;
import java.util.UUID;

/**
 * A card's balance crossed a reward's cost upwards (it could not pay for it before, it can now): the
 * "reward available" trigger of campaigns. One event per reward crossed.
 */
public record RewardAvailable(UUID businessId, UUID customerId, UUID cardId, UUID programId, UUID rewardId,
        String rewardName, long cost, long balance, Instant occurredAt) {
}
