/**
 * Loyalty: programs (points or stamps), one digital card per customer per program, the append-only points
 * ledger the balance is derived from, the rewards catalogue and redemptions, manual adjustments and the
 * expiry job.
 *
 * <p>The base package is the module's API: {@link LoyaltyCards} (a customer's cards, for the mobile
 * shim), {@link OpeningBalances} (balances carried over by the CSV import) and the events it publishes.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Loyalty")
package com.radartracking.loyalty;
