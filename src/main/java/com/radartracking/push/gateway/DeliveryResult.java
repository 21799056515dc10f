package com.radartracking.push.gateway;

import java.time.Duration;

/**
 * What became of one message. {@code retryAfter} is the provider's Retry-After when it gave one (the
 * dispatcher still applies its own backoff floor, e.g. at least a minute for QUOTA_EXCEEDED).
 */
public record DeliveryResult(
        Outcome outcome,
        String providerMessageId,
        String errorCode,
        String errorMessage,
        Duration retryAfter) {

    public enum Outcome {
        /** Accepted by the provider; {@code providerMessageId} is set. */
        SENT,
        /** Transient (UNAVAILABLE, INTERNAL, QUOTA_EXCEEDED, timeout): retry with backoff. */
        RETRY,
        /** The token is dead (UNREGISTERED, INVALID_ARGUMENT about the token): deactivate it. */
        TOKEN_INVALID,
        /** The business's sender is wrong (SENDER_ID_MISMATCH, auth): stop its sends, raise the alert. */
        SENDER_BLOCKED,
        /** Permanent for this message only (e.g. INVALID_ARGUMENT about the payload). */
        FAILED
    }

    public static DeliveryResult sent(String messageId) {
        return new DeliveryResult(Outcome.SENT, messageId, null, null, null);
    }
}
