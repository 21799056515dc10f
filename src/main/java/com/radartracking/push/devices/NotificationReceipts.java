package com.radartracking.push.devices;

import java.util.UUID;

/**
 * What the app reports about a notification it got (the id travels in the message's data): received,
 * then opened. Only the signed-in customer's own notifications; another's is NOT_FOUND. The first report
 * wins (a repeat keeps the first time), and opening implies receiving.
 */
public interface NotificationReceipts {

    void received(UUID customerId, UUID notificationId);

    void opened(UUID customerId, UUID notificationId);
}
