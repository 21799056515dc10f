package com.radartracking.push.sending;

import java.time.Instant;
import java.util.UUID;

/** The GraphQL {@code PushSkip} type. */
record SkipView(UUID id, UUID businessId, UUID sendId, UUID customerId, String reason, Instant createdAt) {
}
