package com.radartracking.customers;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * What a customer does about themself through the business's app: being found by their contact data when
 * they sign back in, and editing their own name and birthday. Under the current tenant; the caller has
 * authenticated the customer (or is about to, with a one-time code). Invalid data is a
 * {@link CustomerException} with BAD_USER_INPUT and the field at fault.
 */
public interface CustomerSelfService {

    /**
     * The customer with this email, else with this phone (canonical forms, as enrolment matches them).
     * Email or phone is required.
     */
    Optional<UUID> findByContact(String email, String phone);

    /**
     * Changes the customer's own profile and records it in the activity log (actor CUSTOMER). A null
     * component leaves the field as it is; {@code Optional.empty()} clears it (last name, birthday).
     * An unknown customer is NOT_FOUND.
     */
    void updateProfile(UUID customerId, ProfileChange change);

    record ProfileChange(String firstName, Optional<String> lastName, Optional<LocalDate> birthday) {
    }
}
