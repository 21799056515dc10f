package com.radartracking.platform.errors;

/** The codes clients see in GraphQL {@code extensions.code} and in REST error bodies. */
public enum ErrorCode {
    UNAUTHENTICATED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    BAD_USER_INPUT(400),
    CONFLICT(409),
    RATE_LIMITED(429),
    /** Malformed request: not JSON, no query, variables that are not an object... */
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

    /** The code for an HTTP status that no more specific error explained (error pages, framework refusals). */
    public static ErrorCode forHttpStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> RATE_LIMITED;
            case 503, 504 -> TIMEOUT;
            default -> status >= 500 ? INTERNAL_SERVER_ERROR : BAD_REQUEST;
        };
    }
}
