package com.radartracking.loyalty;

import java.time.Instant;
import java.util.UUID;

/** The GraphQL {@code Reward} type; {@code stock} null means unlimited. */
record RewardView(UUID id, UUID businessId, UUID programId, String name, String description, long cost,
        Integer stock, boolean active, Instant createdAt, Instant updatedAt) {

    /** Active and not sold out. */
    boolean offered() {
        return active && (stock == null || stock > 0);
    }
}
