package com.radartracking.campaigns.segments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reads a {@code SegmentConditionInput} into a {@link SegmentCondition} and checks it: one kind per node,
 * each fact with exactly the fields it takes, values in range, at most {@link #MAX_DEPTH} levels and
 * {@link #MAX_FACTS} facts. Every refusal names the node's path ("all.1.not") and the rule broken, so a
 * builder can point at the node. References to the business's data (tags, locations) are checked apart,
 * by {@link SegmentReferences}.
 */
final class SegmentRules {

    static final int MAX_DEPTH = 5;
    static final int MAX_FACTS = 50;
    static final int MAX_CHILDREN = 20;
    static final int MAX_DAYS = 3650;
    static final int MAX_NUMBER = 1_000_000_000;
    static final int MAX_TAG = 40;
    private static final Set<String> CONSENTS = Set.of("PUSH", "LOCATION", "MARKETING");
    private static final Set<String> PLATFORMS = Set.of("ANDROID", "IOS", "WEB");
    private static final Set<String> FACT_FIELDS = Set.of("op", "number", "days", "date", "tag", "locationId", "month",
            "consent", "platform");

    private SegmentRules() {
    }

    /** The input as a checked, normalised condition (tags lower-case, unused fields dropped). */
    static SegmentCondition read(Map<String, Object> input) {
        if (input == null) {
            throw SegmentException.badCondition("", "REQUIRED", "A condition is required");
        }
        int[] facts = {0};
        return read(input, "", 1, facts);
    }

    @SuppressWarnings("unchecked")
    private static SegmentCondition read(Map<String, Object> node, String path, int depth, int[] facts) {
        if (depth > MAX_DEPTH) {
            throw SegmentException.badCondition(path, "TOO_DEEP", "Conditions nest at most " + MAX_DEPTH + " levels");
        }
        List<String> kinds = new ArrayList<>();
        for (String kind : List.of("all", "any", "not", "fact")) {
            if (node.get(kind) != null) {
                kinds.add(kind);
            }
        }
        if (kinds.size() != 1) {
            throw SegmentException.badCondition(path, "ONE_KIND",
                    "Each condition is exactly one of all, any, not or fact" + (kinds.isEmpty() ? "" : "; got " + kinds));
        }
        String kind = kinds.getFirst();
        if (!kind.equals("fact")) {
            FACT_FIELDS.stream().filter(field -> node.get(field) != null).findFirst().ifPresent(field -> {
                throw SegmentException.badCondition(path, "UNEXPECTED_FIELD",
                        "'" + field + "' belongs to a fact, not to " + kind);
            });
        }
        return switch (kind) {
            case "all", "any" -> {
                List<Map<String, Object>> children = (List<Map<String, Object>>) node.get(kind);
                if (children.isEmpty() || children.size() > MAX_CHILDREN) {
                    throw SegmentException.badCondition(path, "CHILDREN",
                            "'" + kind + "' takes 1 to " + MAX_CHILDREN + " conditions");
                }
                List<SegmentCondition> parts = new ArrayList<>();
                for (int i = 0; i < children.size(); i++) {
                    parts.add(read(children.get(i), join(path, kind + "." + i), depth + 1, facts));
                }
                yield kind.equals("all")
                        ? new SegmentCondition(List.copyOf(parts), null, null, null, null, null, null, null, null, null,
                                null, null, null)
                        : new SegmentCondition(null, List.copyOf(parts), null, null, null, null, null, null, null, null,
                                null, null, null);
            }
            case "not" -> SegmentCondition.not(read((Map<String, Object>) node.get("not"), join(path, "not"),
                    depth + 1, facts));
            default -> {
                if (++facts[0] > MAX_FACTS) {
                    throw SegmentException.badCondition(path, "TOO_MANY_FACTS",
                            "A segment tests at most " + MAX_FACTS + " facts");
                }
                yield fact(node, path);
            }
        };
    }

    private static SegmentCondition fact(Map<String, Object> node, String path) {
        SegmentFact fact = SegmentFact.valueOf(String.valueOf(node.get("fact")));
        SegmentOperator op = node.get("op") == null ? null : SegmentOperator.valueOf(String.valueOf(node.get("op")));
        Fields given = new Fields(node, path);
        return switch (fact) {
            case VISIT_COUNT, POINTS_BALANCE -> {
                requireOp(op, SegmentOperator.COMPARISONS, fact, path);
                given.only("op", "number");
                int number = given.intIn("number", 0, MAX_NUMBER);
                yield new SegmentCondition(null, null, null, fact, op, number, null, null, null, null, null, null, null);
            }
            case FIRST_VISIT, LAST_VISIT, ENROLLED -> time(fact, op, given, path);
            case VISITED_LOCATION -> {
                given.only("locationId", "days");
                String location = given.uuid("locationId");
                Integer days = given.has("days") ? given.intIn("days", 1, MAX_DAYS) : null;
                yield new SegmentCondition(null, null, null, fact, null, null, days, null, null, location, null, null,
                        null);
            }
            case TAG -> {
                given.only("tag");
                String tag = given.text("tag").trim().toLowerCase(Locale.ROOT);
                if (tag.isEmpty() || tag.length() > MAX_TAG) {
                    throw SegmentException.badCondition(join(path, "tag"), "TAG", "A tag has 1 to " + MAX_TAG + " characters");
                }
                yield SegmentCondition.tag(tag);
            }
            case BIRTHDAY_MONTH -> {
                given.only("month");
                yield new SegmentCondition(null, null, null, fact, null, null, null, null, null, null,
                        given.intIn("month", 1, 12), null, null);
            }
            case CONSENT -> {
                given.only("consent");
                yield new SegmentCondition(null, null, null, fact, null, null, null, null, null, null, null,
                        given.oneOf("consent", CONSENTS), null);
            }
            case DEVICE_PLATFORM -> {
                given.only("platform");
                yield new SegmentCondition(null, null, null, fact, null, null, null, null, null, null, null, null,
                        given.oneOf("platform", PLATFORMS));
            }
            case OPENED_NOTIFICATION -> {
                given.only("days");
                yield new SegmentCondition(null, null, null, fact, null, null, given.intIn("days", 1, MAX_DAYS), null,
                        null, null, null, null, null);
            }
        };
    }

    /** FIRST_VISIT, LAST_VISIT, ENROLLED: a date, a number of days, or (visits only) never. */
    private static SegmentCondition time(SegmentFact fact, SegmentOperator op, Fields given, String path) {
        Set<SegmentOperator> allowed = EnumSet.copyOf(SegmentOperator.TIMES);
        if (fact != SegmentFact.ENROLLED) {
            allowed.add(SegmentOperator.NEVER);
        }
        requireOp(op, allowed, fact, path);
        return switch (op) {
            case BEFORE, AFTER -> {
                given.only("op", "date");
                yield new SegmentCondition(null, null, null, fact, op, null, null, given.instant("date"), null, null,
                        null, null, null);
            }
            case WITHIN_LAST_DAYS, MORE_THAN_DAYS_AGO -> {
                given.only("op", "days");
                yield SegmentCondition.days(fact, op, given.intIn("days", 1, MAX_DAYS));
            }
            default -> {
                given.only("op");
                yield new SegmentCondition(null, null, null, fact, op, null, null, null, null, null, null, null, null);
            }
        };
    }

    private static void requireOp(SegmentOperator op, Set<SegmentOperator> allowed, SegmentFact fact, String path) {
        if (op == null || !allowed.contains(op)) {
            throw SegmentException.badCondition(join(path, "op"), "OPERATOR",
                    fact + " takes op " + allowed.stream().sorted().toList() + (op == null ? "" : ", not " + op));
        }
    }

    static String join(String path, String step) {
        return path.isEmpty() ? step : path + "." + step;
    }

    /** A fact node's fields, read with the node's path in every refusal. */
    private record Fields(Map<String, Object> node, String path) {

        boolean has(String field) {
            return node.get(field) != null;
        }

        void only(String... fields) {
            Set<String> allowed = Set.of(fields);
            for (String field : FACT_FIELDS) {
                if (has(field) && !allowed.contains(field)) {
                    throw SegmentException.badCondition(join(path, field), "UNEXPECTED_FIELD",
                            node.get("fact") + " does not take '" + field + "'");
                }
            }
        }

        Object required(String field) {
            Object value = node.get(field);
            if (value == null) {
                throw SegmentException.badCondition(join(path, field), "REQUIRED",
                        node.get("fact") + " needs '" + field + "'");
            }
            return value;
        }

        int intIn(String field, int min, int max) {
            int value = ((Number) required(field)).intValue();
            if (value < min || value > max) {
                throw SegmentException.badCondition(join(path, field), "RANGE",
                        "'" + field + "' must be " + min + " to " + max + ", got " + value);
            }
            return value;
        }

        String text(String field) {
            return String.valueOf(required(field));
        }

        String oneOf(String field, Set<String> values) {
            String value = text(field);
            if (!values.contains(value)) {
                throw SegmentException.badCondition(join(path, field), "RANGE", "'" + field + "' must be one of " + values);
            }
            return value;
        }

        String uuid(String field) {
            String value = text(field);
            try {
                return UUID.fromString(value).toString();
            } catch (IllegalArgumentException e) {
                throw SegmentException.badCondition(join(path, field), "INVALID_ID", "'" + field + "' is not an id");
            }
        }

        Instant instant(String field) {
            return (Instant) required(field);
        }
    }
}
