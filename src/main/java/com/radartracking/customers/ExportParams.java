package com.radartracking.customers;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.util.MultiValueMap;

/**
 * Reads the query parameters of the CSV exports into the same filters the GraphQL lists use. Unknown
 * parameters are refused: a mistyped filter must not silently export the whole customer base. Dates are
 * ISO instants ({@code 2026-01-31T23:00:00Z}) or plain dates read in the business's time zone, a plain
 * {@code to} date being inclusive (the whole day).
 */
final class ExportParams {

    static final Set<String> CUSTOMER_PARAMS = Set.of("format", "search", "tag", "tags", "preferredLocationId",
            "visitedLocationId", "locationId", "lastVisitFrom", "lastVisitTo", "createdFrom", "createdTo",
            "minVisits", "maxVisits");
    static final Set<String> VISIT_PARAMS = Set.of("format", "customerId", "locationId", "from", "to", "source",
            "tag", "tags");

    private ExportParams() {
    }

    /** A visit filter plus the customer tags the exported visits' customers must have. */
    record VisitExportFilter(VisitFilter visits, List<String> customerTags) {
    }

    static CustomerFilter customers(MultiValueMap<String, String> params, ZoneId zone) {
        refuseUnknown(params, CUSTOMER_PARAMS);
        UUID visited = id(params, "visitedLocationId");
        UUID location = id(params, "locationId");
        if (visited != null && location != null && !visited.equals(location)) {
            throw CustomerException.badInput("locationId", "locationId is another name for visitedLocationId; give one");
        }
        return new CustomerFilter(one(params, "search"), tags(params), id(params, "preferredLocationId"),
                visited != null ? visited : location, from(params, "lastVisitFrom", zone), to(params, "lastVisitTo", zone),
                integer(params, "minVisits"), integer(params, "maxVisits"), from(params, "createdFrom", zone),
                to(params, "createdTo", zone));
    }

    static VisitExportFilter visits(MultiValueMap<String, String> params, ZoneId zone) {
        refuseUnknown(params, VISIT_PARAMS);
        String source = one(params, "source");
        VisitSource visitSource = null;
        if (source != null) {
            try {
                visitSource = VisitSource.valueOf(source.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw CustomerException.badInput("source", "source must be one of " + List.of(VisitSource.values()));
            }
        }
        return new VisitExportFilter(new VisitFilter(id(params, "customerId"), id(params, "locationId"),
                from(params, "from", zone), to(params, "to", zone), visitSource), tags(params));
    }

    /**
     * The filters for the activity log: which were used and their values, except the search words, which
     * may be contact data (the log holds none).
     */
    static Map<String, Object> describe(MultiValueMap<String, String> params) {
        Map<String, Object> described = new LinkedHashMap<>();
        new TreeSet<>(params.keySet()).forEach(key -> {
            List<String> values = params.get(key);
            if ("search".equals(key)) {
                described.put(key, "(given)");
            } else {
                described.put(key, values.size() == 1 ? values.getFirst() : values);
            }
        });
        return described;
    }

    private static void refuseUnknown(MultiValueMap<String, String> params, Set<String> known) {
        Set<String> unknown = new TreeSet<>(params.keySet());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw CustomerException.badInput(unknown.iterator().next(), "Unknown parameter(s) " + unknown
                    + "; the export accepts " + new TreeSet<>(known));
        }
    }

    static String one(MultiValueMap<String, String> params, String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw CustomerException.badInput(name, name + " may be given once");
        }
        String value = values.getFirst();
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** {@code tag} may repeat; {@code tags} is comma-separated; both combine. */
    private static List<String> tags(MultiValueMap<String, String> params) {
        List<String> tags = new ArrayList<>();
        for (String tag : params.getOrDefault("tag", List.of())) {
            if (tag != null && !tag.isBlank()) {
                tags.add(tag);
            }
        }
        for (String list : params.getOrDefault("tags", List.of())) {
            for (String tag : list == null ? new String[0] : list.split(",")) {
                if (!tag.isBlank()) {
                    tags.add(tag);
                }
            }
        }
        return tags.stream().map(Contacts::tag).distinct().toList();
    }

    private static UUID id(MultiValueMap<String, String> params, String name) {
        String value = one(params, name);
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw CustomerException.badInput(name, name + " is not a valid id");
        }
    }

    private static Integer integer(MultiValueMap<String, String> params, String name) {
        String value = one(params, name);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw CustomerException.badInput(name, name + " must be a whole number");
        }
    }

    private static Instant from(MultiValueMap<String, String> params, String name, ZoneId zone) {
        return instant(params, name, zone, false);
    }

    private static Instant to(MultiValueMap<String, String> params, String name, ZoneId zone) {
        return instant(params, name, zone, true);
    }

    private static Instant instant(MultiValueMap<String, String> params, String name, ZoneId zone, boolean end) {
        String value = one(params, name);
        if (value == null) {
            return null;
        }
        try {
            if (value.contains("T")) {
                return OffsetDateTime.parse(value).toInstant();
            }
            LocalDate date = LocalDate.parse(value);
            return (end ? date.plusDays(1) : date).atStartOfDay(zone).toInstant();
        } catch (DateTimeException e) {
            throw CustomerException.badInput(name, name + " must be a date (2026-01-31) or an ISO instant"
                    + " (2026-01-31T05:00:00Z)");
        }
    }
}
