package com.radartracking.push.sending;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A message as written (placeholders unfilled), validated: title 1–200 and body 1–2,000 characters, only
 * known placeholders, an https image URL, at most 20 data entries whose keys FCM accepts.
 */
record PushMessage(String title, String body, String imageUrl, String deepLink, Map<String, String> data) {

    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 2000;
    static final int MAX_URL = 2048;
    static final int MAX_DATA_ENTRIES = 20;
    static final int MAX_DATA_KEY = 100;
    static final int MAX_DATA_VALUE = 1024;
    /** Keys FCM reserves for itself, and the one the dispatcher uses for the deep link. */
    private static final Set<String> RESERVED_KEYS = Set.of("from", "notification", "message_type", "collapse_key",
            PayloadSize.DEEP_LINK_KEY);

    PushMessage {
        data = data == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    /** From the GraphQL {@code PushMessageInput}; BAD_USER_INPUT naming the field for anything FCM or we refuse. */
    @SuppressWarnings("unchecked")
    static PushMessage from(Map<String, Object> input) {
        if (input == null) {
            throw PushException.badInput("message", "EMPTY", "A message is required");
        }
        String title = text("title", (String) input.get("title"), MAX_TITLE);
        String body = text("body", (String) input.get("body"), MAX_BODY);
        Placeholders.require("title", title);
        Placeholders.require("body", body);
        String imageUrl = blankToNull((String) input.get("imageUrl"));
        if (imageUrl != null) {
            requireHttpsUrl(imageUrl);
        }
        String deepLink = blankToNull((String) input.get("deepLink"));
        if (deepLink != null && deepLink.length() > MAX_URL) {
            throw PushException.badInput("deepLink", "TOO_LONG", "deepLink is limited to " + MAX_URL + " characters");
        }
        Map<String, String> data = new LinkedHashMap<>();
        List<Map<String, Object>> entries = (List<Map<String, Object>>) input.get("data");
        if (entries != null) {
            if (entries.size() > MAX_DATA_ENTRIES) {
                throw PushException.badInput("data", "TOO_MANY_ENTRIES", "At most " + MAX_DATA_ENTRIES + " data entries");
            }
            for (Map<String, Object> entry : entries) {
                String key = (String) entry.get("key");
                String value = (String) entry.get("value");
                requireDataKey(key);
                if (data.containsKey(key)) {
                    throw PushException.badInput("data", "DUPLICATE_KEY", "Data key '" + key + "' is given twice");
                }
                if (value == null || value.length() > MAX_DATA_VALUE) {
                    throw PushException.badInput("data", "VALUE_TOO_LONG", "Data values are limited to " + MAX_DATA_VALUE + " characters");
                }
                data.put(key, value);
            }
        }
        return new PushMessage(Placeholders.normalise(title), Placeholders.normalise(body), imageUrl, deepLink, data);
    }

    /** What the notification rows carry as data: the entries plus the deep link. */
    Map<String, String> deliveryData() {
        Map<String, String> all = new LinkedHashMap<>(data);
        if (deepLink != null) {
            all.put(PayloadSize.DEEP_LINK_KEY, deepLink);
        }
        return all;
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw PushException.badInput(field, "EMPTY", "The " + field + " must not be empty");
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw PushException.badInput(field, "TOO_LONG", String.format("The %s is limited to %,d characters (it has %,d)",
                    field, max, trimmed.length()));
        }
        return trimmed;
    }

    private static void requireHttpsUrl(String url) {
        if (url.length() > MAX_URL) {
            throw PushException.badInput("imageUrl", "TOO_LONG", "imageUrl is limited to " + MAX_URL + " characters");
        }
        try {
            URI uri = new URI(url);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getHost().isBlank()) {
                throw PushException.badInput("imageUrl", "NOT_HTTPS", "imageUrl must be an https URL");
            }
        } catch (java.net.URISyntaxException e) {
            throw PushException.badInput("imageUrl", "NOT_HTTPS", "imageUrl must be an https URL");
        }
    }

    private static void requireDataKey(String key) {
        if (key == null || key.isBlank() || key.length() > MAX_DATA_KEY) {
            throw PushException.badInput("data", "INVALID_KEY", "Data keys must have 1 to " + MAX_DATA_KEY + " characters");
        }
        String lower = key.toLowerCase(Locale.ROOT);
        if (lower.startsWith("google.") || lower.startsWith("gcm.") || RESERVED_KEYS.contains(key)) {
            throw PushException.badInput("data", "RESERVED_KEY", "Data key '" + key + "' is reserved (google.*, gcm.*, from, "
                    + "notification, message_type, collapse_key, deepLink)");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
