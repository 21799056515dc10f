package com.radartracking.mobile;

import com.radartracking.platform.errors.DomainException;
import com.radartracking.platform.errors.ErrorCode;
import java.util.Map;

/** Errors of the mobile module, each with its client-facing code (and a {@code reason} where useful). */
public class MobileException extends DomainException {

    MobileException(ErrorCode code, String message, Map<String, Object> extensions) {
        super(code, message, extensions);
    }

    static MobileException appNotFound(Object id) {
        return new MobileException(ErrorCode.NOT_FOUND, "Mobile app not found: " + id, Map.of());
    }

    public static MobileException badInput(String field, String message) {
        return new MobileException(ErrorCode.BAD_USER_INPUT, message, Map.of("field", field));
    }

    static MobileException unauthenticated(String reason, String message) {
        return new MobileException(ErrorCode.UNAUTHENTICATED, message, Map.of("reason", reason));
    }
}
