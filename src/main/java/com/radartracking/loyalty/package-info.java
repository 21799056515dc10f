/**
 * Loyalty: programs (points or stamps), one digital card per customer per program, the append-only points
 * ledger the balance is derived from, the rewards catalogue and redemptions, manual adjustments and the
 * expiry job.
 *
 * <p>The base package is the module's API: {@link LoyaltyCards} (a customer's cards, for the mobile
 * shim), {@link OpeningBalances} (balances carried over by the CSV import) and the events it publishes
 * for the campaign engine and reporting: {@link PointsAwarded}, {@link RewardAvailable},
 * {@link RewardRedeemed}, {@link PointsExpired}. It plugs into the customers module through its SPIs:
 * card codes resolve to customers (visits recorded by card), points movements and redemptions join the
 * customer timeline, and the CSV export gets loyalty columns. Visits award points through a synchronous
 * listener of {@code VisitRecorded}, inside the visit's transaction.
 *
 * <p>Concurrency: every balance change locks the card row first ({@code SELECT ... FOR UPDATE}), a
 * redemption then locks the reward row; the card's cached balance moves with each ledger row in the same
 * transaction, and CHECK constraints keep both non-negative.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Loyalty")
package com.radartracking.loyalty;
