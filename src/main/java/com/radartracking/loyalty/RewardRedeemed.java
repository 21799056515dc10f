package com.radartracking.loyalty;

import java.time.Instant;
import java.util.UUID;

/** A reward was redeemed at a location (reporting counts redemptions from it). */
public record RewardRedeemed(UUID businessId, UUID customerId, UUID cardId, UUID programId, UUID rewardId,
        UUID redemptionId, UUID locationId, long cost, long balance, Instant occurredAt) {
}
