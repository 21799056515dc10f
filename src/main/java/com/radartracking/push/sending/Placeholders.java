package com.radartracking.push.sending;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personalisation placeholders in a title or body: {@code {{firstName}}}, {@code {{lastName}}},
 * {@code {{displayName}}}, {@code {{points}}} and {@code {{businessName}}}. Anything else between double
 * braces is refused up front rather than sent to customers as written.
 */
final class Placeholders {

    static final String FIRST_NAME = "firstName";
    static final String LAST_NAME = "lastName";
    static final String DISPLAY_NAME = "displayName";
    static final String POINTS = "points";
    static final String BUSINESS_NAME = "businessName";
    static final Set<String> KNOWN = Set.of(FIRST_NAME, LAST_NAME, DISPLAY_NAME, POINTS, BUSINESS_NAME);

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^{}]*?)\\s*}}");

    private Placeholders() {
    }

    /** The placeholders used in {@code text}; BAD_USER_INPUT naming {@code field} for an unknown one. */
    static Set<String> require(String field, String text) {
        Set<String> used = new LinkedHashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            String name = matcher.group(1);
            if (!KNOWN.contains(name)) {
                throw PushException.badInput(field, "UNKNOWN_PLACEHOLDER", "Unknown placeholder {{" + name + "}} in " + field
                        + "; use one of {{firstName}}, {{lastName}}, {{displayName}}, {{points}}, {{businessName}}");
            }
            used.add(name);
        }
        return used;
    }

    /** {@code text} with every placeholder replaced by its value (in one pass: values are never re-read). */
    static String render(String text, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = values.getOrDefault(matcher.group(1), "");
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Spacing inside the braces normalised ("{{ firstName }}" → "{{firstName}}"), as fan-out's SQL expects. */
    static String normalise(String text) {
        return PLACEHOLDER.matcher(text).replaceAll(match -> Matcher.quoteReplacement("{{" + match.group(1) + "}}"));
    }

    /** The values for one recipient. */
    static Map<String, String> values(String firstName, String lastName, long points, String businessName) {
        String last = lastName == null ? "" : lastName;
        return Map.of(FIRST_NAME, firstName, LAST_NAME, last,
                DISPLAY_NAME, last.isBlank() ? firstName : firstName + " " + last,
                POINTS, Long.toString(points), BUSINESS_NAME, businessName);
    }
}
