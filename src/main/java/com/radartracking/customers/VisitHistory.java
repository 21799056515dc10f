package com.radartracking.customers;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Visits for callers outside the panel: a customer's own history (the mobile app) and check-ins by the
 * app or a point-of-sale integration. The caller has authenticated the customer or partner; the location
 * must be an active location of the current business.
 */
public interface VisitHistory {

    /** The customer's visits, newest first, strictly before {@code before} (null: from the newest). */
    List<VisitSummary> visitsOf(UUID customerId, Instant before, int limit);

    /**
     * Keyset page of the customer's visits, newest first, strictly after the visit ({@code before},
     * {@code beforeId}) in that order, so visits sharing an instant are neither skipped nor repeated
     * across pages. Both null: from the newest.
     */
    List<VisitSummary> visitsOf(UUID customerId, Instant before, UUID beforeId, int limit);

    /**
     * Records a visit exactly as recordVisit does (counters, {@link VisitRecorded}, activity log) but
     * without a panel user: for {@link VisitSource#APP} and {@link VisitSource#POS_API}.
     */
    VisitSummary record(UUID customerId, UUID locationId, BigDecimal amount, VisitSource source, Instant occurredAt);

    record VisitSummary(UUID id, UUID customerId, UUID locationId, BigDecimal amount, String currency,
            VisitSource source, Instant occurredAt) {
    }
}
