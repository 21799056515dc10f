package com.radartracking.customers;

import java.time.Instant;

/**
 * A position in a timeline: the last entry the client has seen. A page "before" it holds the entries
 * that come strictly after it in {@link TimelineEntry#NEWEST_FIRST} order, i.e. older ones, or equally
 * old ones with a smaller id (code-point order; in SQL compare with {@code collate "C"}).
 */
public record TimelineCursor(Instant occurredAt, String id) {

    /** True when an entry at ({@code occurredAt}, {@code id}) belongs on a page after this cursor. */
    public boolean admits(Instant entryOccurredAt, String entryId) {
        int byTime = entryOccurredAt.compareTo(occurredAt);
        return byTime < 0 || (byTime == 0 && entryId.compareTo(id) < 0);
    }

    public boolean admits(TimelineEntry entry) {
        return admits(entry.occurredAt(), entry.id());
    }
}
