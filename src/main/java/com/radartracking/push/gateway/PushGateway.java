package com.radartracking.push.gateway;

import java.util.List;

/**
 * Where notifications leave the platform. The dispatcher hands over batches of at most
 * {@link #MAX_BATCH} messages and gets one {@link DeliveryResult} per message, in the same order; the
 * gateway never throws for a per-message failure, only classifies it.
 */
public interface PushGateway {

    /** FCM's limit for one {@code sendEach} call. */
    int MAX_BATCH = 500;

    List<DeliveryResult> send(List<OutgoingPush> batch);

    /** Said in the logs at start-up and shown to operators: "fcm", "fcm (stand-in at …)", "sandbox". */
    String describe();
}
