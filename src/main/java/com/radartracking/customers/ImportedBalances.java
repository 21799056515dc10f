package com.radartracking.customers;

import java.util.UUID;

/**
 * SPI: takes the opening balances (points, stamps) a customer import carries over from a business's
 * previous system. Implemented by the loyalty module (which depends on customers, never the reverse);
 * without an implementation, rows with balances are reported as errors.
 */
public interface ImportedBalances {

    enum Kind { POINTS, STAMPS }

    /**
     * Credits {@code amount} to the customer's card in {@code programId} (null: the business's default
     * program), in the caller's transaction. Idempotent by {@code reference}: false when that reference
     * was credited before.
     *
     * @throws com.radartracking.platform.errors.DomainException BAD_USER_INPUT when the business has no
     *         program that can take it (the import then stops taking balances and reports the rows)
     */
    boolean credit(UUID customerId, Kind kind, UUID programId, long amount, String reference);
}
