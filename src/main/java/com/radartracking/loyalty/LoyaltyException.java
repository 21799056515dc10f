package com.radartracking.loyalty;

import com.radartracking.platform.errors.DomainException;
import com.radartracking.platform.errors.ErrorCode;
import java.util.LinkedHashMap;
import java.util.Map;

/** Errors of the loyalty module, each with its client-facing code. */
public class LoyaltyException extends DomainException {

    LoyaltyException(ErrorCode code, String message, Map<String, Object> extensions) {
        super(code, message, extensions);
    }

    public static LoyaltyException badInput(String field, String message) {
        return new LoyaltyException(ErrorCode.BAD_USER_INPUT, message, Map.of("field", field));
    }

    /** A refusal with a machine-readable reason (e.g. INSUFFICIENT_BALANCE) and optional facts. */
    static LoyaltyException refused(String field, String reason, String message, Map<String, Object> facts) {
        Map<String, Object> extensions = new LinkedHashMap<>(facts);
        extensions.put("field", field);
        extensions.put("reason", reason);
        return new LoyaltyException(ErrorCode.BAD_USER_INPUT, message, extensions);
    }

    static LoyaltyException refused(String field, String reason, String message) {
        return refused(field, reason, message, Map.of());
    }

    static LoyaltyException notFound(String what, Object id, String field) {
        return new LoyaltyException(ErrorCode.NOT_FOUND, what + " not found: " + id, Map.of("field", field));
    }

    static LoyaltyException programNotFound(Object id) {
        return notFound("Loyalty program", id, "programId");
    }

    static LoyaltyException rewardNotFound(Object id) {
        return notFound("Reward", id, "rewardId");
    }

    static LoyaltyException cardNotFound(Object id) {
        return notFound("Loyalty card", id, "cardId");
    }

    /** Unknown and another business's codes get exactly this answer. */
    static LoyaltyException cardCodeNotFound(String code) {
        return new LoyaltyException(ErrorCode.NOT_FOUND, "No loyalty card with code " + code + " in this business",
                Map.of("field", "cardCode"));
    }

    static LoyaltyException customerNotFound(Object id) {
        return notFound("Customer", id, "customerId");
    }

    static LoyaltyException locationNotFound(Object id) {
        return notFound("Location", id, "locationId");
    }

    static LoyaltyException notAtYourLocation(Object locationId) {
        return new LoyaltyException(ErrorCode.FORBIDDEN, "You are not assigned to location " + locationId,
                Map.of("field", "locationId"));
    }
}
