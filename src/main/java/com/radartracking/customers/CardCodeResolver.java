package com.radartracking.customers;

import java.util.Optional;
import java.util.UUID;

/**
 * SPI: finds the customer a loyalty card code belongs to, so Staff can record a visit by scanning or
 * typing a card. Implemented by the loyalty module (cards live there); when no implementation exists,
 * visits by card code are refused with BAD_USER_INPUT.
 *
 * <p>Called inside the visit's transaction with the tenant set, so row-level security hides other
 * businesses' cards: a card of another business resolves to empty, exactly like an unknown code.
 */
public interface CardCodeResolver {

    /** The customer holding the card with this code in the current business, if any. */
    Optional<UUID> customerIdForCardCode(String code);
}
