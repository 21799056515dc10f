package com.radartracking.customers;

import java.util.Map;
import java.util.UUID;

/**
 * Consents as the customer themself gives them (the mobile app), and the current answers for modules
 * that must honour them (push, campaigns, geofencing). Under the current tenant; an unknown customer is
 * a NOT_FOUND {@link CustomerException}.
 */
public interface CustomerConsents {

    /** The current answers; a type that is absent was never answered (treat as not granted). */
    Map<ConsentType, Boolean> current(UUID customerId);

    /**
     * Whether the customer answered yes to {@code type} (false when they said no or never answered), in one
     * statement; an unknown customer is a NOT_FOUND {@link CustomerException}. For checks on hot paths
     * (every location ping asks it).
     */
    boolean granted(UUID customerId, ConsentType type);

    /**
     * Records the customer's own answers (history actor CUSTOMER) and publishes
     * {@link CustomerConsentChanged} for each real change.
     */
    void changeByCustomer(UUID customerId, Map<ConsentType, Boolean> answers, ConsentSource source);
}
