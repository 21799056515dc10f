package com.radartracking.push.sending;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * FCM refuses messages whose payload (notification plus data) exceeds 4 KB. We measure the JSON the
 * dispatcher sends ({@code notification: {title, body, image}, data: {..., deepLink}}) in UTF-8 bytes,
 * after personalisation, so a long name cannot push a message over the limit unnoticed.
 */
final class PayloadSize {

    static final int FCM_LIMIT_BYTES = 4096;
    static final String DEEP_LINK_KEY = "deepLink";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private PayloadSize() {
    }

    static int bytes(String title, String body, String imageUrl, String deepLink, Map<String, String> data) {
        Map<String, Object> notification = new LinkedHashMap<>();
        notification.put("title", title);
        notification.put("body", body);
        if (imageUrl != null) {
            notification.put("image", imageUrl);
        }
        Map<String, String> allData = new LinkedHashMap<>(data);
        if (deepLink != null) {
            allData.put(DEEP_LINK_KEY, deepLink);
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("notification", notification);
        if (!allData.isEmpty()) {
            payload.put("data", allData);
        }
        return JSON.writeValueAsString(payload).getBytes(StandardCharsets.UTF_8).length;
    }

    static void require(int bytes) {
        if (bytes > FCM_LIMIT_BYTES) {
            throw PushException.payloadTooLarge(bytes);
        }
    }
}
