package com.radartracking.push.gateway;

import java.util.Map;
import java.util.UUID;

/**
 * One message for one device, already personalised. {@code data} travels as FCM data (string values)
 * and always carries the notification id, so the app can report it received and opened.
 */
public record OutgoingPush(
        UUID notificationId,
        UUID businessId,
        String token,
        TokenKind tokenKind,
        String title,
        String body,
        String imageUrl,
        Map<String, String> data) {

    public enum TokenKind { FCM_TOKEN, FID }
}
