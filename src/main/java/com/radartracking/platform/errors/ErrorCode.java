package com.radartracking.platform.errors;

/** The codes clients see in GraphQL {@code extensions.code} and in REST error bodies. */
public enum ErrorCode {
    UNAUTHENTICATED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    BAD_USER_INPUT(400),
    CONFLICT(409),
    RATE_LIMITED(429),
    /** Malformed request: not JSON, no query, a GET for a mutation... */
    BAD_REQUEST(400),
    /** The document is deeper, costlier or more aliased than allowed (see radar.graphql.*). */
    QUERY_TOO_DEEP(400),
    QUERY_TOO_COMPLEX(400),
    TOO_MANY_ALIASES(400),
    METHOD_NOT_ALLOWED(405),
    NOT_ACCEPTABLE(406),
    UNSUPPORTED_MEDIA_TYPE(415),
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
