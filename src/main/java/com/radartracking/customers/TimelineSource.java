package com.radartracking.customers;

import java.util.List;
import java.util.UUID;

/**
 * SPI: contributes entries to customer timelines. The customers module has sources for visits, consent
 * changes and notes; loyalty adds points and redemptions, push notifications, geofencing zone events.
 * The timeline query merges every source's newest-first list (a k-way merge), so a source only needs an
 * index on (customer, time).
 *
 * <p>Called inside a read-only transaction with the tenant set, after the customer was found visible.
 */
public interface TimelineSource {

    /**
     * Up to {@code limit} entries of {@code customerId}, in {@link TimelineEntry#NEWEST_FIRST} order,
     * all admitted by {@code before} ({@link TimelineCursor#admits}) when it is not null.
     */
    List<TimelineEntry> entries(UUID customerId, TimelineCursor before, int limit);
}
