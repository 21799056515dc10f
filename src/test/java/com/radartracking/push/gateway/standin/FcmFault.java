package com.radartracking.push.gateway.standin;

/**
 * The answers the FCM stand-in can give instead of success, with FCM HTTP v1's real status codes and
 * error bodies (a {@code google.rpc.Status} whose details carry {@code google.firebase.fcm.v1.FcmError}).
 * A token starting with {@link #tokenPrefix()} always gets that answer; ratios pick them at random too.
 */
public enum FcmFault {
    UNREGISTERED("unregistered-", 404, "NOT_FOUND", "UNREGISTERED", "Requested entity was not found.", null),
    INVALID_TOKEN("invalid-token-", 400, "INVALID_ARGUMENT", "INVALID_ARGUMENT",
            "The registration token is not a valid FCM registration token", "message.token"),
    INVALID_PAYLOAD("invalid-payload-", 400, "INVALID_ARGUMENT", "INVALID_ARGUMENT",
            "Invalid value at 'message.data[0].value' (TYPE_STRING), payload rejected", "message.data[0].value"),
    SENDER_ID_MISMATCH("sender-mismatch-", 403, "PERMISSION_DENIED", "SENDER_ID_MISMATCH", "SenderId mismatch", null),
    /** Bad or expired OAuth token of the server: no FcmError detail, as FCM answers it. */
    AUTH("auth-", 401, "UNAUTHENTICATED", null,
            "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other"
                    + " valid authentication credential.", null),
    QUOTA_EXCEEDED("quota-", 429, "RESOURCE_EXHAUSTED", "QUOTA_EXCEEDED",
            "Quota exceeded for quota metric 'Send requests' of service 'fcm.googleapis.com'", null),
    INTERNAL("internal-", 500, "INTERNAL", "INTERNAL", "Internal error encountered.", null),
    UNAVAILABLE("unavailable-", 503, "UNAVAILABLE", "UNAVAILABLE", "The service is currently unavailable.", null),
    /** Succeeds, but only after {@code slowDelay}: longer than the client's read timeout. */
    SLOW("slow-", 200, null, null, null, null);

    private final String tokenPrefix;
    private final int httpStatus;
    private final String status;
    private final String fcmErrorCode;
    private final String message;
    private final String badField;

    FcmFault(String tokenPrefix, int httpStatus, String status, String fcmErrorCode, String message, String badField) {
        this.tokenPrefix = tokenPrefix;
        this.httpStatus = httpStatus;
        this.status = status;
        this.fcmErrorCode = fcmErrorCode;
        this.message = message;
        this.badField = badField;
    }

    public String tokenPrefix() {
        return tokenPrefix;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** The fault a token asks for by its prefix, or null. */
    static FcmFault forToken(String token) {
        if (token == null) {
            return null;
        }
        for (FcmFault fault : values()) {
            if (token.startsWith(fault.tokenPrefix)) {
                return fault;
            }
        }
        return null;
    }

    /** FCM's error body for this fault. */
    String body() {
        StringBuilder json = new StringBuilder(320).append("{\"error\":{\"code\":").append(httpStatus)
                .append(",\"message\":\"").append(message).append("\",\"status\":\"").append(status).append('"');
        if (fcmErrorCode != null || badField != null) {
            json.append(",\"details\":[");
            if (fcmErrorCode != null) {
                json.append("{\"@type\":\"type.googleapis.com/google.firebase.fcm.v1.FcmError\",\"errorCode\":\"")
                        .append(fcmErrorCode).append("\"}");
            }
            if (badField != null) {
                json.append(",{\"@type\":\"type.googleapis.com/google.rpc.BadRequest\",\"fieldViolations\":[{\"field\":\"")
                        .append(badField).append("\",\"description\":\"").append(message).append("\"}]}");
            }
            json.append(']');
        }
        return json.append("}}").toString();
    }
}
