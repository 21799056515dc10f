package com.radartracking.campaigns.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Splits the customer id space into {@code n} contiguous ranges, so that a run's batches can be claimed by
 * several transactions at once without ever reaching for the same customer. Customer ids are random (v4)
 * UUIDs, so equal ranges of the id space hold about equal numbers of customers. PostgreSQL orders uuids byte
 * by byte (as unsigned numbers), which is how the boundaries here are laid out; {@link UUID#compareTo} would
 * not agree (it compares signed halves), so the ranges are only ever compared in SQL.
 */
final class CustomerIdRanges {

    /** Customers with {@code from <= id < below}; null bounds are open (the start or the end of the space). */
    record Range(UUID from, UUID below) {
    }

    private CustomerIdRanges() {
    }

    static List<Range> split(int n) {
        if (n < 1 || n > 256) {
            throw new IllegalArgumentException("1 to 256 ranges, not " + n);
        }
        List<Range> ranges = new ArrayList<>(n);
        UUID from = null;
        for (int i = 1; i <= n; i++) {
            UUID below = i == n ? null : boundary(i, n);
            ranges.add(new Range(from, below));
            from = below;
        }
        return ranges;
    }

    /** The id at {@code i/n} of the space: its first byte is {@code 256 * i / n}, the rest zero. */
    private static UUID boundary(int i, int n) {
        long firstByte = 256L * i / n;
        return new UUID(firstByte << 56, 0L);
    }
}
