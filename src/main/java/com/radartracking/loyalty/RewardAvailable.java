package com.radartracking.loyalty;

import java.time.Instant;
import java.util.UUID;

/**
 * A card's balance crossed a reward's cost upwards (it could not pay for it before, it can now): the
 * "reward available" trigger of campaigns. One event per reward crossed, published inside the transaction
 * that moved the balance (a visit or an adjustment) under its business's tenant; the campaign engine decides
 * in it (synchronous listener). Never for an opening balance carried over by an import (see
 * {@link OpeningBalances}): a CSV of thousands of customers would message them all at once.
 */
public record RewardAvailable(UUID businessId, UUID customerId, UUID cardId, UUID programId, UUID rewardId,
        String rewardName, long cost, long balance, Instant occurredAt) {
}
