package com.radartracking.customers;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Inputs of customer mutations, before validation. */
final class CustomerInput {

    private CustomerInput() {
    }

    /** A new customer; {@code consents} may be empty. */
    record NewCustomer(String firstName, String lastName, String email, String phone, LocalDate birthday,
            UUID preferredLocationId, List<String> tags, Map<ConsentType, Boolean> consents,
            ConsentSource consentSource) {
    }

    /**
     * An edit: a null component leaves the field as it is, {@code Optional.empty()} clears it, a value
     * sets it (GraphQL tells an absent field from an explicit null, and so does this).
     */
    record Patch(String firstName, Optional<String> lastName, Optional<String> email, Optional<String> phone,
            Optional<LocalDate> birthday, Optional<UUID> preferredLocationId, List<String> tags) {
    }
}
