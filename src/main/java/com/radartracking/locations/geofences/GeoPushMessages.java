package com.radartracking.locations.geofences;

import com.radartracking.locations.geofences.GeofenceView.GeoPushMessage;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks a zone's GeoPush message with the rules the push module applies to {@code PushMessageInput}
 * (title 1–200, body 1–2,000, known placeholders, https image, at most 20 data entries with keys FCM
 * accepts). The push module keeps those rules package-private and itself depends on this module (through
 * customers), so they are restated here rather than imported. Unlike a send, a zone's recipients are not
 * known when it is saved: the 4 KB FCM limit is checked with every placeholder at its longest value.
 */
final class GeoPushMessages {

    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 2000;
    static final int MAX_URL = 2048;
    static final int MAX_DATA_ENTRIES = 20;
    static final int MAX_DATA_KEY = 100;
    static final int MAX_DATA_VALUE = 1024;
    static final int FCM_LIMIT_BYTES = 4096;
    private static final String DEEP_LINK_KEY = "deepLink";
    private static final Set<String> RESERVED_KEYS = Set.of("from", "notification", "message_type", "collapse_key",
            DEEP_LINK_KEY);
    /** The longest value each placeholder can take (customer names 80, business name 120, a long's digits). */
    private static final Map<String, Integer> LONGEST = Map.of("firstName", 80, "lastName", 80, "displayName", 161,
            "points", 20, "businessName", 120);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GeoPushMessages() {
    }

    /** From the GraphQL {@code PushMessageInput} given as {@code pushMessage}; null stays null (no GeoPush). */
    @SuppressWarnings("unchecked")
    static GeoPushMessage from(Map<String, Object> input) {
        if (input == null) {
            return null;
        }
        String title = normalise(text("title", (String) input.get("title"), MAX_TITLE));
        String body = normalise(text("body", (String) input.get("body"), MAX_BODY));
        String imageUrl = blankToNull((String) input.get("imageUrl"));
        if (imageUrl != null) {
            requireHttpsUrl(imageUrl);
        }
        String deepLink = blankToNull((String) input.get("deepLink"));
        if (deepLink != null && deepLink.length() > MAX_URL) {
            throw bad("deepLink", "TOO_LONG", "deepLink is limited to " + MAX_URL + " characters");
        }
        Map<String, String> data = data((List<Map<String, Object>>) input.get("data"));
        GeoPushMessage message = new GeoPushMessage(title, body, imageUrl, deepLink, data);
        int bytes = worstCasePayloadBytes(message);
        if (bytes > FCM_LIMIT_BYTES) {
            throw new GeofenceException(com.radartracking.platform.errors.ErrorCode.BAD_USER_INPUT, String.format(
                    "With placeholders at their longest the notification payload would be %,d bytes; FCM accepts "
                            + "at most %,d", bytes, FCM_LIMIT_BYTES),
                    Map.of("field", "pushMessage", "reason", "PAYLOAD_TOO_LARGE", "payloadBytes", bytes,
                            "limitBytes", FCM_LIMIT_BYTES));
        }
        return message;
    }

    /** The JSON FCM would carry (notification title/body/image plus data with the deep link), in UTF-8 bytes. */
    static int worstCasePayloadBytes(GeoPushMessage message) {
        Map<String, Object> notification = new LinkedHashMap<>();
        notification.put("title", longest(message.title()));
        notification.put("body", longest(message.body()));
        if (message.imageUrl() != null) {
            notification.put("image", message.imageUrl());
        }
        Map<String, String> data = new LinkedHashMap<>(message.dataMap());
        if (message.deepLink() != null) {
            data.put(DEEP_LINK_KEY, message.deepLink());
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("notification", notification);
        if (!data.isEmpty()) {
            payload.put("data", data);
        }
        return JSON.writeValueAsString(payload).getBytes(StandardCharsets.UTF_8).length;
    }

    private static Map<String, String> data(List<Map<String, Object>> entries) {
        Map<String, String> data = new LinkedHashMap<>();
        if (entries == null) {
            return data;
        }
        if (entries.size() > MAX_DATA_ENTRIES) {
            throw bad("data", "TOO_MANY_ENTRIES", "At most " + MAX_DATA_ENTRIES + " data entries");
        }
        for (Map<String, Object> entry : entries) {
            String key = (String) entry.get("key");
            String value = (String) entry.get("value");
            if (key == null || key.isBlank() || key.length() > MAX_DATA_KEY) {
                throw bad("data", "INVALID_KEY", "Data keys must have 1 to " + MAX_DATA_KEY + " characters");
            }
            String lower = key.toLowerCase(Locale.ROOT);
            if (lower.startsWith("google.") || lower.startsWith("gcm.") || RESERVED_KEYS.contains(key)) {
                throw bad("data", "RESERVED_KEY", "Data key '" + key + "' is reserved (google.*, gcm.*, from, "
                        + "notification, message_type, collapse_key, deepLink)");
            }
            if (data.containsKey(key)) {
                throw bad("data", "DUPLICATE_KEY", "Data key '" + key + "' is given twice");
            }
            if (value == null || value.length() > MAX_DATA_VALUE) {
                throw bad("data", "VALUE_TOO_LONG", "Data values are limited to " + MAX_DATA_VALUE + " characters");
            }
            data.put(key, value);
        }
        return data;
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw bad(field, "EMPTY", "The " + field + " must not be empty");
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw bad(field, "TOO_LONG", String.format("The %s is limited to %,d characters (it has %,d)", field, max,
                    trimmed.length()));
        }
        Matcher matcher = PLACEHOLDER.matcher(trimmed);
        while (matcher.find()) {
            if (!LONGEST.containsKey(matcher.group(1))) {
                throw bad(field, "UNKNOWN_PLACEHOLDER", "Unknown placeholder {{" + matcher.group(1) + "}} in " + field
                        + "; use one of {{firstName}}, {{lastName}}, {{displayName}}, {{points}}, {{businessName}}");
            }
        }
        return trimmed;
    }

    /** Spacing inside the braces normalised ("{{ firstName }}" → "{{firstName}}"), as the push pipeline expects. */
    private static String normalise(String text) {
        return PLACEHOLDER.matcher(text).replaceAll(match -> Matcher.quoteReplacement("{{" + match.group(1) + "}}"));
    }

    private static String longest(String text) {
        return PLACEHOLDER.matcher(text).replaceAll(match -> "x".repeat(LONGEST.get(match.group(1))));
    }

    private static void requireHttpsUrl(String url) {
        if (url.length() > MAX_URL) {
            throw bad("imageUrl", "TOO_LONG", "imageUrl is limited to " + MAX_URL + " characters");
        }
        try {
            URI uri = new URI(url);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getHost().isBlank()) {
                throw bad("imageUrl", "NOT_HTTPS", "imageUrl must be an https URL");
            }
        } catch (URISyntaxException e) {
            throw bad("imageUrl", "NOT_HTTPS", "imageUrl must be an https URL");
        }
    }

    private static GeofenceException bad(String field, String reason, String message) {
        return GeofenceException.badInput("pushMessage." + field, reason, message);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
