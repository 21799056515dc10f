package com.radartracking.push;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sends one message to one customer on behalf of a trigger (a geofence's GeoPush; later a campaign), with
 * no acting user. Goes through the same fan-out as a one-customer send from the panel (push consent, active
 * and fresh devices, placeholders, the 4 KB check, quiet hours and the frequency cap holding back rather
 * than dropping, skips recorded with their reason), in the <em>caller's</em> transaction: the trigger's
 * decision and its notification rows commit or roll back together (outbox).
 *
 * <p>Neither method throws for the message or the recipient: a trigger fires from inside someone else's
 * work (a location ping) and must not fail it. What happened is in the {@link Result}.
 */
public interface TriggeredPushes {

    /**
     * Writes a send (marked with its trigger) and one notification per active device of the customer, or
     * the customer's skip; nothing at all when the message is refused ({@link Status#REJECTED}).
     *
     * @throws IllegalStateException without a transaction to join (a programming error)
     */
    Result send(TriggeredPush push);

    /**
     * A trigger's message to many customers at once (one batch of a campaign run): one send (marked with its
     * trigger) with a list audience, expanded in the caller's transaction like {@link #send}: one notification
     * per active device of each customer, the others recorded as skips with their reason. At most
     * {@link TriggeredBatch#MAX_CUSTOMERS} customers; unknown ids are skipped as UNKNOWN_CUSTOMER.
     *
     * @throws IllegalStateException without a transaction to join (a programming error)
     */
    BatchResult sendToCustomers(TriggeredBatch batch);

    /**
     * Records that the trigger held its message back from the customer, so the business sees why it did not
     * go out, per customer, next to the pipeline's own skips: a DONE send (marked with its trigger) with one
     * skip of {@code reason} and no notification. Returns the send's id.
     */
    UUID recordSkip(TriggeredPush push, SkipReason reason);

    /** Where a triggered send comes from; kept on the send ({@code push_sends.geofence_id / campaign_id}). */
    enum Source {
        GEOFENCE, CAMPAIGN
    }

    /** Why a trigger held its message back (the pipeline's own reasons are NO_CONSENT, NO_DEVICE...). */
    enum SkipReason {
        /** The customer had this trigger's message within its cooldown. */
        COOLDOWN,
        /** The trigger's schedule was closed. */
        OUTSIDE_SCHEDULE
    }

    /**
     * The message as written (placeholders such as {@code {{firstName}}} unfilled) and its recipient.
     * {@code data} is extra key/value data for the app (may be empty).
     */
    record TriggeredPush(Source source, UUID sourceId, UUID customerId, String title, String body, String imageUrl,
            String deepLink, Map<String, String> data) {

        public TriggeredPush {
            if (source == null || sourceId == null || customerId == null) {
                throw new IllegalArgumentException("source, sourceId and customerId are required");
            }
            data = data == null ? Map.of() : Map.copyOf(data);
        }
    }

    /**
     * {@link TriggeredPush} for several customers. {@code sendId} is the id the send will have, chosen by the
     * caller so that its own rows can name the send as they are written (a campaign's claims), rather than
     * being updated afterwards.
     */
    record TriggeredBatch(Source source, UUID sourceId, UUID sendId, List<UUID> customerIds, String title,
            String body, String imageUrl, String deepLink, Map<String, String> data) {

        public static final int MAX_CUSTOMERS = 10_000;

        public TriggeredBatch {
            if (source == null || sourceId == null || sendId == null || customerIds == null
                    || customerIds.isEmpty()) {
                throw new IllegalArgumentException("source, sourceId, sendId and at least one customer are required");
            }
            if (customerIds.size() > MAX_CUSTOMERS) {
                throw new IllegalArgumentException("at most " + MAX_CUSTOMERS + " customers per batch");
            }
            customerIds = List.copyOf(customerIds);
            data = data == null ? Map.of() : Map.copyOf(data);
        }
    }

    enum Status {
        /** Notifications written (possibly held back by quiet hours or the frequency cap). */
        QUEUED,
        /** The pipeline skipped the customer: {@link Result#reason()} is NO_CONSENT, NO_DEVICE or STALE_TOKEN. */
        SKIPPED,
        /** The message cannot be sent (invalid, over 4 KB once personalised, unknown customer): nothing written. */
        REJECTED
    }

    /**
     * @param sendId        the send written (null when REJECTED)
     * @param notifications notifications written, one per device
     * @param reason        SKIPPED: the skip reason; REJECTED: what is wrong; QUEUED: null
     */
    record Result(Status status, UUID sendId, int notifications, String reason) {
    }

    /**
     * @param sendId        the send written (null when REJECTED)
     * @param notifications notifications written, one per device
     * @param skipped       customers skipped (their reasons are the send's skips)
     * @param reason        REJECTED: what is wrong; otherwise null
     */
    record BatchResult(Status status, UUID sendId, int notifications, int skipped, String reason) {
    }
}
