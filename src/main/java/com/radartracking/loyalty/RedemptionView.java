package com.radartracking.loyalty;

import java.time.Instant;
import java.util.UUID;

/** The GraphQL {@code Redemption} type; the ids feed the card, reward and location data loaders. */
record RedemptionView(UUID id, UUID businessId, UUID cardId, UUID customerId, UUID rewardId, UUID locationId,
        long cost, long balanceAfter, UUID redeemedByUserId, Instant occurredAt) {
}
