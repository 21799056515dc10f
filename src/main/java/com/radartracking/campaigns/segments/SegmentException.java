package com.radartracking.campaigns.segments;

import com.radartracking.platform.errors.DomainException;
import com.radartracking.platform.errors.ErrorCode;
import java.util.Map;

/** Errors of segments, each with its client-facing code. */
class SegmentException extends DomainException {

    SegmentException(ErrorCode code, String message, Map<String, Object> extensions) {
        super(code, message, extensions);
    }

    public static SegmentException badInput(String field, String message) {
        return new SegmentException(ErrorCode.BAD_USER_INPUT, message, Map.of("field", field));
    }

    /** A condition that cannot be used: {@code path} names the node ("all.1.not"), {@code reason} the rule. */
    static SegmentException badCondition(String path, String reason, String message) {
        return new SegmentException(ErrorCode.BAD_USER_INPUT, message,
                Map.of("field", "condition", "path", path, "reason", reason));
    }

    public static SegmentException notFound(String what, Object id) {
        return new SegmentException(ErrorCode.NOT_FOUND, what + " not found: " + id, Map.of());
    }

    static SegmentException conflict(String field, String message) {
        return new SegmentException(ErrorCode.CONFLICT, message, Map.of("field", field));
    }
}
