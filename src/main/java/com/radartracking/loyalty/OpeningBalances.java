package com.radartracking.loyalty;

import java.util.UUID;

/**
 * Balances carried over from a business's previous system (the CSV import): each becomes a ledger entry
 * with reason OPENING_BALANCE, so the balance stays derived from the ledger.
 */
public interface OpeningBalances {

    /**
     * Credits {@code amount} points (or stamps, for a stamps program) to the customer's card in the
     * program, creating the card when needed. Idempotent by {@code reference} (e.g. the import's key for
     * that row): a second call with the same reference credits nothing and returns false. Runs in the
     * caller's transaction under the current tenant. Publishes no {@link PointsAwarded} or
     * {@link RewardAvailable}: an import must not fire loyalty campaigns for thousands of customers at once.
     *
     * @param programId the program, or null for the business's default (oldest active) program
     * @throws LoyaltyException BAD_USER_INPUT when the amount is negative or no such program exists
     */
    boolean credit(UUID customerId, UUID programId, long amount, String reference);
}
