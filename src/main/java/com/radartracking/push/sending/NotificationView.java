package com.radartracking.push.sending;

import java.time.Instant;
import java.util.UUID;

/** The GraphQL {@code Notification} type; the ids feed the send, customer and device loaders. */
record NotificationView(UUID id, UUID businessId, UUID sendId, UUID campaignId, UUID customerId, UUID deviceTokenId,
        String title, String body, String imageUrl, String status, Instant dueAt, String heldReason, int attempts,
        String providerMessageId, String errorCode, String errorMessage, Instant sentAt, Instant failedAt,
        Instant receivedAt, Instant openedAt, Instant createdAt) {
}
