package com.radartracking.push.dispatch;

import com.radartracking.push.gateway.OutgoingPush;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A notification row this worker holds (SENDING, under lease): its key ({@code id}, {@code createdAt}: the
 * partition key), where its leased queue row lies ({@code queueTid}, the ctid of the version the claim wrote),
 * the attempt number it was claimed with (once the lease runs out and another worker claims the row, the
 * queue row and the attempt number have both changed, so a late result finds nothing), and the message for
 * the gateway. {@code queueDueAt} with {@code id} is the row's key in the queue when it was claimed: the
 * key a worker's next claim resumes after.
 */
public record ClaimedPush(
        String queueTid,
        OffsetDateTime queueDueAt,
        UUID id,
        OffsetDateTime createdAt,
        UUID businessId,
        UUID customerId,
        UUID sendId,
        UUID deviceTokenId,
        int attempts,
        OutgoingPush push) {

    /** Where this row lay in the queue's order, (due_at, notification_id), when it was claimed. */
    public QueueKey queueKey() {
        return new QueueKey(queueDueAt, id);
    }

    public record QueueKey(OffsetDateTime dueAt, UUID notificationId) {
    }
}
