package com.radartracking.customers;

import java.time.Instant;
import java.util.UUID;

/** Which visits a list shows; all optional, combined with AND; {@code from} inclusive, {@code to} exclusive. */
public record VisitFilter(UUID customerId, UUID locationId, Instant from, Instant to, VisitSource source) {

    public static final VisitFilter NONE = new VisitFilter(null, null, null, null, null);
}
