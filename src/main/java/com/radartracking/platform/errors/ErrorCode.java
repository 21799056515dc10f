package com.radartracking.platform.errors;

/** The codes clients see in GraphQL {@code extensions.code} and in REST error bodies. */
public enum ErrorCode {
    UNAUTHENTICATED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    BAD_USER_INPUT(400),
    CONFLICT(409),
    RATE_LIMITED(429),
    PAYLOAD_TOO_LARGE(413),
    TIMEOUT(503),
    INTERNAL_SERVER_ERROR(500);

    private final int httpStatus;

    ErrorCode(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
