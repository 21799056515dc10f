package com.radartracking.loyalty;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Read side of the loyalty module for other modules (the mobile app's REST shim shows a customer their
 * cards). Runs under the current tenant; a customer of another business has no cards.
 */
public interface LoyaltyCards {

    /** The customer's cards, one per active program, creating none; ordered by program name. */
    List<CardSummary> cardsOf(UUID customerId);

    enum ProgramKind { POINTS, STAMPS }

    /**
     * One card as its holder sees it.
     *
     * @param pointsBalance the ledger balance (points programs; stamps collected for stamps programs)
     * @param stampsPerReward stamps needed for a reward (stamps programs), else null
     * @param qrPayload what the card's QR code encodes (scanned at the counter to find the card)
     * @param availableRewards rewards of the catalogue the balance pays for now, in stock and active
     */
    record CardSummary(UUID cardId, UUID programId, String programName, ProgramKind kind, String code,
            String qrPayload, long pointsBalance, Integer stampsPerReward, List<RewardSummary> availableRewards,
            Instant lastActivityAt) {
    }

    record RewardSummary(UUID rewardId, String name, long cost) {
    }
}
