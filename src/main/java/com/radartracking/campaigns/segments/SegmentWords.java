package com.radartracking.campaigns.segments;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A condition in words for people: "last visit more than 60 days ago and 3 or more visits". English only (the
 * schema says so): for API clients, logs and audit summaries. The panel renders the structured condition in
 * its user's language itself (frontend/src/modules/segments/words.ts), so a change of wording here is no
 * change of the panel.
 */
final class SegmentWords {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private SegmentWords() {
    }

    static String describe(SegmentCondition node) {
        if (node.all() != null) {
            return node.all().stream().map(SegmentWords::nested).collect(Collectors.joining(" and "));
        }
        if (node.any() != null) {
            return node.any().stream().map(SegmentWords::nested).collect(Collectors.joining(" or "));
        }
        if (node.not() != null) {
            return "not " + nested(node.not());
        }
        return fact(node);
    }

    private static String nested(SegmentCondition node) {
        boolean group = node.all() != null && node.all().size() > 1 || node.any() != null && node.any().size() > 1;
        return group ? "(" + describe(node) + ")" : describe(node);
    }

    private static String fact(SegmentCondition fact) {
        return switch (fact.fact()) {
            case VISIT_COUNT -> compare("visits", fact);
            case POINTS_BALANCE -> compare("points", fact);
            case FIRST_VISIT -> time("first visit", fact);
            case LAST_VISIT -> time("last visit", fact);
            case ENROLLED -> time("joined", fact);
            case VISITED_LOCATION -> "visited location " + fact.locationId()
                    + (fact.days() == null ? "" : " in the last " + fact.days() + " days");
            case TAG -> "tagged " + fact.tag();
            case BIRTHDAY_MONTH -> "birthday in " + java.time.Month.of(fact.month()).getDisplayName(
                    java.time.format.TextStyle.FULL, Locale.ENGLISH);
            case CONSENT -> fact.consent().toLowerCase(Locale.ROOT) + " consent granted";
            case DEVICE_PLATFORM -> "has an " + fact.platform() + " device";
            case OPENED_NOTIFICATION -> "opened a notification in the last " + fact.days() + " days";
        };
    }

    private static String compare(String what, SegmentCondition fact) {
        return switch (fact.op()) {
            case EQ -> "exactly " + fact.number() + " " + what;
            case GT -> "more than " + fact.number() + " " + what;
            case GTE -> fact.number() + " or more " + what;
            case LT -> "fewer than " + fact.number() + " " + what;
            default -> "at most " + fact.number() + " " + what;
        };
    }

    private static String time(String what, SegmentCondition fact) {
        return switch (fact.op()) {
            case BEFORE -> what + " before " + DAY.format(fact.date());
            case AFTER -> what + " on or after " + DAY.format(fact.date());
            case WITHIN_LAST_DAYS -> what + " in the last " + fact.days() + " days";
            case MORE_THAN_DAYS_AGO -> what + " more than " + fact.days() + " days ago";
            default -> "never visited";
        };
    }
}
