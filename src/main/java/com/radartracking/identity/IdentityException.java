package com.radartracking.identity;

import com.radartracking.platform.errors.DomainException;
import com.radartracking.platform.errors.ErrorCode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** Errors of the identity module, each with its client-facing code. */
public class IdentityException extends DomainException {

    IdentityException(ErrorCode code, String message) {
        super(code, message);
    }

    IdentityException(ErrorCode code, String message, Map<String, Object> extensions) {
        super(code, message, extensions);
    }

    static IdentityException invalidCredentials() {
        return new IdentityException(ErrorCode.UNAUTHENTICATED, "Email or password is incorrect",
                Map.of("reason", "INVALID_CREDENTIALS"));
    }

    static IdentityException accountLocked(Instant until) {
        return new IdentityException(ErrorCode.FORBIDDEN,
                "This account is locked after too many failed logins; try again after " + until,
                Map.of("reason", "ACCOUNT_LOCKED", "lockedUntil", until.toString()));
    }

    static IdentityException accountDeactivated() {
        return new IdentityException(ErrorCode.FORBIDDEN, "This account has been deactivated",
                Map.of("reason", "ACCOUNT_DEACTIVATED"));
    }

    static IdentityException rateLimited(Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000); // rounded up: never too early
        return new IdentityException(ErrorCode.RATE_LIMITED,
                "Too many login attempts; retry in " + seconds + " s", Map.of("retryAfter", seconds));
    }

    static IdentityException invalidRefreshToken() {
        return new IdentityException(ErrorCode.UNAUTHENTICATED, "Refresh token is invalid, expired or revoked",
                Map.of("reason", "INVALID_REFRESH_TOKEN"));
    }

    static IdentityException invalidInvitation() {
        return new IdentityException(ErrorCode.NOT_FOUND, "Invitation not found, expired, revoked or already used");
    }

    static IdentityException emailTaken(String email) {
        return new IdentityException(ErrorCode.CONFLICT, "The email " + email + " is already registered",
                Map.of("field", "email"));
    }

    public static IdentityException badInput(String field, String message) {
        return new IdentityException(ErrorCode.BAD_USER_INPUT, message, Map.of("field", field));
    }

    static IdentityException locationNotFound(Object ids) {
        return new IdentityException(ErrorCode.NOT_FOUND, "Location not found: " + ids,
                Map.of("field", "locationIds"));
    }

    static IdentityException userNotFound(Object id) {
        return new IdentityException(ErrorCode.NOT_FOUND, "User not found: " + id);
    }

    public static IdentityException forbidden(String message) {
        return new IdentityException(ErrorCode.FORBIDDEN, message);
    }
}
