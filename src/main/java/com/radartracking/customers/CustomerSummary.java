package com.radartracking.customers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What other modules may know about a customer: contact data in canonical form (email lower-case,
 * phone E.164), tags and the visit counters.
 */
public record CustomerSummary(UUID id, String firstName, String lastName, String email, String phone,
        LocalDate birthday, UUID preferredLocationId, List<String> tags, int visitCount, Instant firstVisitAt,
        Instant lastVisitAt, BigDecimal totalSpent, Instant createdAt) {

    /** "First Last", or the first name alone. */
    public String displayName() {
        return lastName == null || lastName.isBlank() ? firstName : firstName + " " + lastName;
    }
}
