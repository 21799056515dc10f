package com.radartracking.push.gateway;

import com.google.firebase.ErrorCode;
import com.google.firebase.IncomingHttpResponse;
import com.google.firebase.messaging.FirebaseMessagingException;
import com.google.firebase.messaging.MessagingErrorCode;
import com.radartracking.push.gateway.DeliveryResult.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What an FCM failure means for the dispatcher (issue 5): the token is dead, the business's sender is
 * wrong, the message alone is bad, or it is worth another try (and after how long, when FCM said).
 */
final class FcmErrors {

    /** A field violation on the target, as FCM reports an invalid token: {@code "field": "message.token"}. */
    private static final Pattern TOKEN_FIELD = Pattern.compile("\"field\"\\s*:\\s*\"message\\.(token|fid)\"");

    private FcmErrors() {
    }

    static DeliveryResult classify(FirebaseMessagingException e) {
        IncomingHttpResponse response = e.getHttpResponse();
        Duration retryAfter = response == null ? null : retryAfter(response.getHeaders(), Instant.now());
        MessagingErrorCode fcm = e.getMessagingErrorCode();
        if (fcm != null) {
            Outcome outcome = switch (fcm) {
                case UNREGISTERED -> Outcome.TOKEN_INVALID;
                case INVALID_ARGUMENT -> aboutTheToken(e, response) ? Outcome.TOKEN_INVALID : Outcome.FAILED;
                case SENDER_ID_MISMATCH, THIRD_PARTY_AUTH_ERROR -> Outcome.SENDER_BLOCKED;
                case QUOTA_EXCEEDED, UNAVAILABLE, INTERNAL -> Outcome.RETRY;
            };
            return result(outcome, fcm.name(), e.getMessage(), retryAfter);
        }
        ErrorCode code = e.getErrorCode();
        if (response == null) {
            // No answer at all: timeouts, refused or reset connections. Worth another try.
            String name = code == ErrorCode.DEADLINE_EXCEEDED ? "TIMEOUT" : "IO_ERROR";
            return result(Outcome.RETRY, name, e.getMessage(), null);
        }
        Outcome outcome = switch (code) {
            case UNAUTHENTICATED, PERMISSION_DENIED, NOT_FOUND -> Outcome.SENDER_BLOCKED;
            case UNAVAILABLE, INTERNAL, RESOURCE_EXHAUSTED, DEADLINE_EXCEEDED, ABORTED, UNKNOWN, CANCELLED -> Outcome.RETRY;
            default -> response.getStatusCode() >= 500 ? Outcome.RETRY : Outcome.FAILED;
        };
        return result(outcome, code.name(), e.getMessage(), retryAfter);
    }

    private static boolean aboutTheToken(FirebaseMessagingException e, IncomingHttpResponse response) {
        String body = response == null ? null : response.getContent();
        if (body != null && TOKEN_FIELD.matcher(body).find()) {
            return true;
        }
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        return message.contains("registration token") || message.contains("installation id");
    }

    static DeliveryResult result(Outcome outcome, String code, String message, Duration retryAfter) {
        return new DeliveryResult(outcome, null, code, truncate(message), outcome == Outcome.RETRY ? retryAfter : null);
    }

    private static String truncate(String message) {
        return message == null || message.length() <= 500 ? message : message.substring(0, 500);
    }

    /** Retry-After in seconds or as an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(Map<String, Object> headers, Instant now) {
        if (headers == null) {
            return null;
        }
        Object raw = null;
        for (Map.Entry<String, Object> header : headers.entrySet()) {
            if ("retry-after".equalsIgnoreCase(header.getKey())) {
                raw = header.getValue();
            }
        }
        if (raw instanceof List<?> values) {
            raw = values.isEmpty() ? null : values.getFirst();
        }
        return raw == null ? null : parseRetryAfter(raw.toString().trim(), now);
    }

    static Duration parseRetryAfter(String value, Instant now) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            long seconds = Long.parseLong(value);
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }
}
