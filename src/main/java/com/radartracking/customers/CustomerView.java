package com.radartracking.customers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The GraphQL {@code Customer} type, as read in one row (counters and tags included, so a page needs no
 * aggregation). {@code businessId} and {@code preferredLocationId} are not schema fields: the data
 * loaders of the child fields read them.
 */
record CustomerView(UUID id, UUID businessId, String firstName, String lastName, String email, String phone,
        LocalDate birthday, UUID preferredLocationId, List<String> tags, String source, int visitCount,
        Instant firstVisitAt, Instant lastVisitAt, BigDecimal totalSpent, Instant createdAt, Instant updatedAt) {

    public String displayName() {
        return lastName == null || lastName.isBlank() ? firstName : firstName + " " + lastName;
    }

    CustomerSummary summary() {
        return new CustomerSummary(id, firstName, lastName, email, phone, birthday, preferredLocationId, tags,
                visitCount, firstVisitAt, lastVisitAt, totalSpent, createdAt);
    }
}
