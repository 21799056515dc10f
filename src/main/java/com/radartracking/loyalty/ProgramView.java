package com.radartracking.loyalty;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The GraphQL {@code LoyaltyProgram} type. {@code businessId} is for the data loaders, not a field. */
record ProgramView(UUID id, UUID businessId, String name, LoyaltyCards.ProgramKind kind, int pointsPerVisit,
        BigDecimal pointsPerCurrencyUnit, Integer stampsPerReward, Integer expiryDays, boolean active,
        Instant createdAt, Instant updatedAt) {
}
