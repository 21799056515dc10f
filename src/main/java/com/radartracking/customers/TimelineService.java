package com.radartracking.customers;

import com.radartracking.platform.security.CurrentActor;
import com.radartracking.platform.security.Role;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One customer's history from every {@link TimelineSource}, newest first. Each source returns its own
 * newest-first slice after the cursor (first + 1 entries at most); a k-way merge keeps the first + 1
 * newest overall. The cursor is the (occurredAt, id) of the last entry shown, so pages are stable while
 * new entries arrive.
 */
@Service
class TimelineService {

    private final List<TimelineSource> sources;
    private final CustomerQueries customers;

    TimelineService(List<TimelineSource> sources, CustomerQueries customers) {
        this.sources = List.copyOf(sources);
        this.customers = customers;
    }

    /** Up to {@code first + 1} entries (the extra one only tells that there is a next page). */
    @Transactional(readOnly = true)
    List<TimelineEntry> page(UUID customerId, int first, TimelineCursor before) {
        CurrentActor.requireRole(Role.ADMIN, Role.STAFF, Role.ANALYST);
        customers.view(customerId).orElseThrow(() -> CustomerException.customerNotFound(customerId));
        List<Iterator<TimelineEntry>> slices = new ArrayList<>();
        for (TimelineSource source : sources) {
            List<TimelineEntry> slice = source.entries(customerId, before, first + 1);
            // Defensive: a source that ignores the cursor or the order must not corrupt the page.
            slices.add(slice.stream().filter(entry -> before == null || before.admits(entry))
                    .sorted(TimelineEntry.NEWEST_FIRST).iterator());
        }
        return merge(slices, first + 1);
    }

    /** K-way merge of newest-first iterators, keeping the first {@code limit} entries. */
    static List<TimelineEntry> merge(List<Iterator<TimelineEntry>> slices, int limit) {
        record Head(TimelineEntry entry, Iterator<TimelineEntry> rest) {
        }
        PriorityQueue<Head> heads = new PriorityQueue<>((a, b) -> TimelineEntry.NEWEST_FIRST.compare(a.entry(), b.entry()));
        for (Iterator<TimelineEntry> slice : slices) {
            if (slice.hasNext()) {
                heads.add(new Head(slice.next(), slice));
            }
        }
        List<TimelineEntry> merged = new ArrayList<>();
        while (!heads.isEmpty() && merged.size() < limit) {
            Head head = heads.poll();
            merged.add(head.entry());
            if (head.rest().hasNext()) {
                heads.add(new Head(head.rest().next(), head.rest()));
            }
        }
        return merged;
    }

    static String encode(TimelineEntry entry) {
        String raw = entry.occurredAt() + "|" + entry.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static TimelineCursor decode(String cursor) {
        if (cursor == null) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            return new TimelineCursor(Instant.parse(raw.substring(0, bar)), raw.substring(bar + 1));
        } catch (RuntimeException e) {
            throw CustomerException.badInput("after", "after is not a valid cursor");
        }
    }
}
