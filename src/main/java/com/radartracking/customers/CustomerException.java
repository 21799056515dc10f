package com.radartracking.customers;

import com.radartracking.platform.errors.DomainException;
import com.radartracking.platform.errors.ErrorCode;
import java.util.Map;
import java.util.UUID;

/** Errors of the customers module, each with its client-facing code. */
public class CustomerException extends DomainException {

    CustomerException(ErrorCode code, String message, Map<String, Object> extensions) {
        super(code, message, extensions);
    }

    static CustomerException customerNotFound(Object id) {
        return new CustomerException(ErrorCode.NOT_FOUND, "Customer not found: " + id, Map.of());
    }

    static CustomerException locationNotFound(Object id) {
        return new CustomerException(ErrorCode.NOT_FOUND, "Location not found: " + id, Map.of("field", "locationId"));
    }

    static CustomerException cardNotFound(String code) {
        return new CustomerException(ErrorCode.NOT_FOUND,
                "No loyalty card with code " + code + " in this business", Map.of("field", "cardCode"));
    }

    /** A duplicate contact: names the customer who already has it, so the panel can open them instead. */
    static CustomerException duplicate(String field, String value, UUID existingCustomerId) {
        return new CustomerException(ErrorCode.CONFLICT,
                "Customer " + existingCustomerId + " already has the " + field + " " + value,
                Map.of("field", field, "existingCustomerId", existingCustomerId.toString()));
    }

    static CustomerException notAtYourLocation(UUID locationId) {
        return new CustomerException(ErrorCode.FORBIDDEN,
                "You are not assigned to location " + locationId, Map.of("field", "locationId"));
    }

    public static CustomerException badInput(String field, String message) {
        return new CustomerException(ErrorCode.BAD_USER_INPUT, message, Map.of("field", field));
    }

    static CustomerException badInput(String field, String message, String reason) {
        return new CustomerException(ErrorCode.BAD_USER_INPUT, message, Map.of("field", field, "reason", reason));
    }
}
