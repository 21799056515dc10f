package com.radartracking.push.sending;

import com.radartracking.push.PushMessageChecks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * {@link PushMessageChecks} with {@link PushMessage}'s own rules and {@link PayloadSize}'s measure, so a stored
 * message and a send cannot disagree. The payload is measured with each placeholder at the longest value it
 * can take (customer names as the customers module bounds them, a business name, a long's digits): a message
 * that passes fits whoever receives it, as far as ASCII names go; longer UTF-8 names are still caught per
 * recipient when sending.
 */
@Component
class PushMessageChecker implements PushMessageChecks {

    /** Customer first and last names have at most 80 characters, business names 120. */
    static final Map<String, Integer> LONGEST = Map.of(Placeholders.FIRST_NAME, 80, Placeholders.LAST_NAME, 80,
            Placeholders.DISPLAY_NAME, 161, Placeholders.POINTS, 20, Placeholders.BUSINESS_NAME, 120);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

    @Override
    public List<Problem> check(String title, String body, String imageUrl, String deepLink, Map<String, String> data) {
        Map<String, Object> input = new HashMap<>();
        input.put("title", title);
        input.put("body", body);
        input.put("imageUrl", imageUrl);
        input.put("deepLink", deepLink);
        if (data != null) {
            List<Map<String, Object>> entries = new ArrayList<>();
            data.forEach((key, value) -> {
                Map<String, Object> entry = new HashMap<>();
                entry.put("key", key);
                entry.put("value", value);
                entries.add(entry);
            });
            input.put("data", entries);
        }
        PushMessage message;
        try {
            message = PushMessage.from(input);
        } catch (PushException refused) {
            Map<String, Object> extensions = refused.extensions();
            return List.of(new Problem(String.valueOf(extensions.get("field")),
                    String.valueOf(extensions.getOrDefault("reason", "INVALID")), refused.getMessage()));
        }
        int bytes = PayloadSize.bytes(longest(message.title()), longest(message.body()), message.imageUrl(),
                message.deepLink(), message.data());
        if (bytes > PayloadSize.FCM_LIMIT_BYTES) {
            return List.of(new Problem("message", "PAYLOAD_TOO_LARGE", String.format(
                    "With placeholders at their longest the notification payload would be %,d bytes; FCM accepts "
                            + "at most %,d", bytes, PayloadSize.FCM_LIMIT_BYTES)));
        }
        return List.of();
    }

    private static String longest(String text) {
        return PLACEHOLDER.matcher(text).replaceAll(match ->
                Matcher.quoteReplacement("x".repeat(LONGEST.getOrDefault(match.group(1), 0))));
    }
}
