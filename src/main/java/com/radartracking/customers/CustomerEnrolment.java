package com.radartracking.customers;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * For modules that bring customers in without a panel user choosing to create one: the mobile app's
 * enrolment (sign up or sign back in), a CSV import, a partner integration. Runs in the caller's
 * transaction or its own, under the current tenant; the caller has already decided that the request is
 * allowed. Invalid data is a {@link CustomerException} with BAD_USER_INPUT and the field at fault.
 */
public interface CustomerEnrolment {

    /**
     * The customer with this email, else with this phone, or a new one (publishing
     * {@link CustomerEnrolled}). An existing customer's data is left as it is; the consents given are
     * recorded in both cases (only real changes enter the history). Email or phone is required.
     *
     * @param source {@code APP}, {@code IMPORT} or {@code API}: kept on the customer and in the event
     */
    Enrolment enrol(Applicant applicant, String source);

    /** Who asks to join; the same rules as createCustomer (canonical email and E.164 phone). */
    record Applicant(String firstName, String lastName, String email, String phone, LocalDate birthday,
            UUID preferredLocationId, Map<ConsentType, Boolean> consents, ConsentSource consentSource) {

        public Applicant {
            consents = consents == null ? Map.of() : Map.copyOf(consents);
        }
    }

    /** The customer and whether they were created now. */
    record Enrolment(UUID customerId, boolean created) {
    }
}
