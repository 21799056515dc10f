package com.radartracking.push.dispatch;

import com.radartracking.push.gateway.OutgoingPush;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A notification row this worker holds (SENDING, under lease): its key ({@code id}, {@code createdAt}: the
 * partition key), where the claimed version lies ({@code partition} oid and {@code tid}, so the result is
 * written without an index lookup), the attempt number it was claimed with (a result is recorded only
 * against that attempt), and the message for the gateway.
 */
public record ClaimedPush(
        long partition,
        String tid,
        UUID id,
        OffsetDateTime createdAt,
        UUID businessId,
        UUID customerId,
        UUID sendId,
        UUID deviceTokenId,
        int attempts,
        OutgoingPush push) {
}
