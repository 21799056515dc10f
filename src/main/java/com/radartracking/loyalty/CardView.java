package com.radartracking.loyalty;

import java.time.Instant;
import java.util.UUID;

/**
 * The GraphQL {@code LoyaltyCard} type, read with its program in one row. {@code businessId} and
 * {@code customerId} are for the data loaders of child fields.
 */
record CardView(UUID id, UUID businessId, UUID customerId, String code, long balance, Instant lastActivityAt,
        Instant createdAt, ProgramView program) {

    public String qrPayload() {
        return CardCodes.qrPayload(code);
    }
}
