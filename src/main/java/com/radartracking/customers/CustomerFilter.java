package com.radartracking.customers;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Which customers a list (or an export) shows; every field is optional and they combine with AND.
 *
 * @param search words that must all appear in the name, email or phone (case-insensitive substrings)
 * @param tags tags the customer must all have
 * @param preferredLocationId customers whose preferred location it is
 * @param visitedLocationId customers who visited that location at least once
 * @param lastVisitFrom inclusive; @param lastVisitTo exclusive (customers who never came are left out)
 */
public record CustomerFilter(String search, List<String> tags, UUID preferredLocationId, UUID visitedLocationId,
        Instant lastVisitFrom, Instant lastVisitTo, Integer minVisits, Integer maxVisits, Instant createdFrom,
        Instant createdTo) {

    public static final CustomerFilter NONE = new CustomerFilter(null, List.of(), null, null, null, null, null, null,
            null, null);

    public CustomerFilter {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
