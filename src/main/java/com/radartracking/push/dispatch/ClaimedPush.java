package com.radartracking.push.dispatch;

import com.radartracking.push.gateway.OutgoingPush;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A notification row this worker holds (SENDING, under lease): its key ({@code id}, {@code createdAt}: the
 * partition key), where its leased queue row lies ({@code queueTid}, the ctid of the version the claim wrote),
 * the attempt number it was claimed with (once the lease runs out and another worker claims the row, the
 * queue row and the attempt number have both changed, so a late result finds nothing), and the message for
 * the gateway.
 */
public record ClaimedPush(
        String queueTid,
        UUID id,
        OffsetDateTime createdAt,
        UUID businessId,
        UUID customerId,
        UUID sendId,
        UUID deviceTokenId,
        int attempts,
        OutgoingPush push) {
}
