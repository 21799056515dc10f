package com.radartracking.loyalty;

import com.radartracking.platform.errors.DomainException;
import com.radartracking.platform.errors.ErrorCode;
import java.util.Map;

/** Errors of the loyalty module, each with its client-facing code. */
public class LoyaltyException extends DomainException {

    LoyaltyException(ErrorCode code, String message, Map<String, Object> extensions) {
        super(code, message, extensions);
    }

    public static LoyaltyException badInput(String field, String message) {
        return new LoyaltyException(ErrorCode.BAD_USER_INPUT, message, Map.of("field", field));
    }
}
