package com.radartracking.platform.web;

import java.util.Optional;

/** Request id and client IP of the current request, for the audit trail and the logs. */
public record RequestContext(String requestId, String clientIp) {

    private static final ThreadLocal<RequestContext> CURRENT = new ThreadLocal<>();

    public static Optional<RequestContext> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    static void set(RequestContext context) {
        CURRENT.set(context);
    }

    static void clear() {
        CURRENT.remove();
    }

    static RequestContext get() {
        return CURRENT.get();
    }
}
