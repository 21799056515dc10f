package com.radartracking.mobile;

import com.radartracking.platform.ratelimit.RateLimiter;
import com.radartracking.platform.tenancy.TenantContext;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Rate limits of the unauthenticated endpoints, per client IP and per contact within the business
 * (so nobody floods one customer's inbox with codes or guesses codes from many addresses).
 */
@Component
class SignInLimits {

    private final RateLimiter limiter;
    private final MobileProperties.Limits limits;

    SignInLimits(RateLimiter limiter, MobileProperties properties) {
        this.limiter = limiter;
        this.limits = properties.limits();
    }

    void enrolment(String clientIp, String email, String phone) {
        limiter.hit("mobile.enrolment.ip", String.valueOf(clientIp), limits.enrolmentsPerIp(), limits.window());
        limiter.hit("mobile.enrolment.contact", contactKey(email, phone), limits.enrolmentsPerContact(),
                limits.window());
    }

    void session(String clientIp, String email, String phone) {
        limiter.hit("mobile.session.ip", String.valueOf(clientIp), limits.sessionsPerIp(), limits.window());
        limiter.hit("mobile.session.contact", contactKey(email, phone), limits.sessionsPerContact(), limits.window());
    }

    /** Loosely canonical (lower-case email, phone digits), enough that spelling variants share a counter. */
    private static String contactKey(String email, String phone) {
        String contact = email != null && !email.isBlank() ? email.trim().toLowerCase(Locale.ROOT)
                : phone == null ? "" : phone.replaceAll("\\D", "");
        return TenantContext.require() + "|" + contact;
    }
}
