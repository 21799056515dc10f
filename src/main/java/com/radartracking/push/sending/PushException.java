package com.radartracking.push.sending;

import com.radartracking.platform.errors.DomainException;
import com.radartracking.platform.errors.ErrorCode;
import java.util.Map;

/** Errors of push sending, each with its client-facing code. */
class PushException extends DomainException {

    PushException(ErrorCode code, String message, Map<String, Object> extensions) {
        super(code, message, extensions);
    }

    public static PushException badInput(String field, String message) {
        return new PushException(ErrorCode.BAD_USER_INPUT, message, Map.of("field", field));
    }

    /** Like {@link #badInput(String, String)} with a stable {@code reason} code for clients. */
    static PushException badInput(String field, String reason, String message) {
        return new PushException(ErrorCode.BAD_USER_INPUT, message, Map.of("field", field, "reason", reason));
    }

    public static PushException notFound(String what, Object id) {
        return new PushException(ErrorCode.NOT_FOUND, what + " not found: " + id, Map.of());
    }

    public static PushException forbidden(String message) {
        return new PushException(ErrorCode.FORBIDDEN, message, Map.of());
    }

    static PushException payloadTooLarge(int bytes) {
        return new PushException(ErrorCode.BAD_USER_INPUT, String.format(
                "The personalised notification payload would be %,d bytes; FCM accepts at most %,d",
                bytes, PayloadSize.FCM_LIMIT_BYTES),
                Map.of("field", "message", "payloadBytes", bytes, "limitBytes", PayloadSize.FCM_LIMIT_BYTES));
    }
}
