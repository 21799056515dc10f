package com.radartracking.customers;

import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One line of a customer's timeline.
 *
 * @param id unique across all sources and stable: a source prefix and the row id, e.g. {@code visit:<uuid>}
 * @param title a short human-readable summary (the panel shows it as is)
 * @param details extra facts as scalar values (strings, numbers, booleans, null), in display order;
 *     rendered as key/value pairs
 */
public record TimelineEntry(String id, Instant occurredAt, TimelineKind kind, String title,
        Map<String, Object> details) {

    /**
     * The timeline order: newest first, ties broken by id, descending, in code-point order (in SQL:
     * {@code order by occurred_at desc, <id text> collate "C" desc}).
     */
    public static final Comparator<TimelineEntry> NEWEST_FIRST = Comparator
            .comparing(TimelineEntry::occurredAt, Comparator.reverseOrder())
            .thenComparing(TimelineEntry::id, Comparator.reverseOrder());

    public TimelineEntry {
        // Keeps the source's order (the panel shows details as given) and allows null values.
        details = details == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }
}
