package com.radartracking.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The k-way merge and the cursor rules of the timeline, without a database. */
class TimelineMergeTest {

    private static final Instant T = Instant.parse("2026-11-01T10:00:00Z");

    private static TimelineEntry entry(String id, int secondsAfterT) {
        return new TimelineEntry(id, T.plusSeconds(secondsAfterT), TimelineKind.NOTE, id, Map.of());
    }

    @Test
    void mergesNewestFirstWithTiesBrokenByIdDescending() {
        List<Iterator<TimelineEntry>> slices = List.of(
                List.of(entry("visit:b", 30), entry("visit:a", 10)).iterator(),
                List.of(entry("points:z", 30), entry("points:y", 20)).iterator(),
                List.<TimelineEntry>of().iterator(),
                List.of(entry("note:q", 40), entry("note:p", 10)).iterator());
        assertThat(TimelineService.merge(slices, 10).stream().map(TimelineEntry::id))
                .containsExactly("note:q", "visit:b", "points:z", "points:y", "visit:a", "note:p");
    }

    @Test
    void stopsAtTheLimit() {
        List<Iterator<TimelineEntry>> slices = List.of(
                List.of(entry("a:3", 3), entry("a:1", 1)).iterator(), List.of(entry("b:2", 2)).iterator());
        assertThat(TimelineService.merge(slices, 2).stream().map(TimelineEntry::id)).containsExactly("a:3", "b:2");
    }

    @Test
    void aCursorAdmitsOnlyWhatComesAfterIt() {
        TimelineCursor cursor = new TimelineCursor(T.plusSeconds(30), "visit:b");
        assertThat(cursor.admits(entry("visit:a", 30))).isTrue();
        assertThat(cursor.admits(entry("points:z", 30))).isTrue();
        assertThat(cursor.admits(entry("visit:b", 30))).isFalse();
        assertThat(cursor.admits(entry("visit:c", 30))).isFalse();
        assertThat(cursor.admits(entry("zzz:0", 29))).isTrue();
        assertThat(cursor.admits(entry("aaa:0", 31))).isFalse();
    }

    @Test
    void cursorsRoundTripAndGarbageIsBadInput() {
        TimelineEntry entry = new TimelineEntry("visit:0b6c", Instant.parse("2026-11-01T10:00:00.123456Z"),
                TimelineKind.VISIT, "x", null);
        assertThat(TimelineService.decode(TimelineService.encode(entry)))
                .isEqualTo(new TimelineCursor(entry.occurredAt(), entry.id()));
        assertThat(TimelineService.decode(null)).isNull();
        assertThatThrownBy(() -> TimelineService.decode("%%%")).isInstanceOf(CustomerException.class);
        assertThatThrownBy(() -> TimelineService.decode("bm9wZQ")).isInstanceOf(CustomerException.class);
    }
}
