package com.radartracking.customers;

import java.time.Instant;
import java.util.UUID;

/**
 * One consent of a customer changed (one event per consent type that actually changed). Published
 * inside the changing transaction. Push and campaigns use it to stop or start messaging.
 *
 * @param previouslyGranted the state before, or null when the customer had never answered
 * @param changedByUserId the panel user who recorded the change, or null (the customer, an import)
 */
public record CustomerConsentChanged(UUID businessId, UUID customerId, ConsentType type, Boolean previouslyGranted,
        boolean granted, ConsentSource source, Instant changedAt, UUID changedByUserId) {
}
