package com.radartracking.customers;

import java.time.Instant;
import java.util.UUID;

/**
 * A new customer joined the business (created in the panel, enrolled from the app, imported). Published
 * inside the creating transaction, like {@link VisitRecorded}.
 *
 * @param source where the customer came from: {@code PANEL}, {@code APP}, {@code IMPORT}, {@code API}
 */
public record CustomerEnrolled(UUID businessId, UUID customerId, Instant enrolledAt, String source) {
}
