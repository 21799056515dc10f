package com.radartracking.mobile;

import com.radartracking.identity.CustomerTokens;
import com.radartracking.platform.errors.ErrorCode;
import com.radartracking.platform.tenancy.TenantContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The shim's front door, in its security chain: caps the body, resolves {@code X-App-Key} to the business
 * (401 when missing, unknown or revoked), checks a bearer customer token if one is sent (401 when it is
 * not a valid customer token of that same business: a panel token, another business's customer, garbage)
 * and runs the rest of the request in the app's tenant. Which endpoints need a customer is decided by the
 * chain's authorisation rules. The documentation endpoints need no key.
 */
class MobileRequestFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(MobileRequestFilter.class);

    static final String APP_KEY_HEADER = "X-App-Key";

    private final AppKeys appKeys;
    private final CustomerTokens tokens;
    private final int maxRequestBytes;

    MobileRequestFilter(AppKeys appKeys, CustomerTokens tokens, int maxRequestBytes) {
        this.appKeys = appKeys;
        this.tokens = tokens;
        this.maxRequestBytes = maxRequestBytes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return MobileSecurityConfiguration.isDocumentation(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxRequestBytes) {
            Problems.write(request, response, ErrorCode.PAYLOAD_TOO_LARGE,
                    "The request body exceeds " + maxRequestBytes + " bytes", Map.of("maximum", maxRequestBytes));
            return;
        }
        String key = request.getHeader(APP_KEY_HEADER);
        if (key == null || key.isBlank()) {
            refuse(request, response, "APP_KEY_MISSING", "Send the app's public key in the X-App-Key header");
            return;
        }
        Optional<AppKeys.AppKey> app;
        try {
            app = appKeys.resolve(key.trim());
        } catch (DataAccessException e) {
            // Answered here, in the shim's shape: nothing after this filter would see the failure.
            log.error("Could not resolve an app key", e);
            Problems.write(request, response, ErrorCode.INTERNAL_SERVER_ERROR, "Internal server error", Map.of());
            return;
        }
        if (app.isEmpty()) {
            refuse(request, response, "APP_KEY_INVALID", "The X-App-Key is unknown or has been revoked");
            return;
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null) {
            Optional<MobileCustomer> customer = customerOf(authorization, app.get());
            if (customer.isEmpty()) {
                refuse(request, response, "TOKEN_INVALID", "The customer token is invalid or expired for this app");
                return;
            }
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(new MobileCustomer.Authentication(customer.get()));
            SecurityContextHolder.setContext(context);
        }
        MDC.put("businessId", app.get().businessId().toString());
        try (TenantContext.Scope ignored = TenantContext.enter(app.get().businessId())) {
            chain.doFilter(new BodyLimit(request, maxRequestBytes), response);
        } finally {
            MDC.remove("businessId");
        }
    }

    /** A customer token of the app's own business; anything else (panel tokens included) is empty. */
    private Optional<MobileCustomer> customerOf(String authorization, AppKeys.AppKey app) {
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return tokens.verify(authorization.substring(7).trim())
                .filter(claims -> claims.businessId().equals(app.businessId()))
                .map(claims -> new MobileCustomer(claims.businessId(), claims.customerId(), app.appId()));
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String reason,
            String detail) throws IOException {
        Problems.write(request, response, ErrorCode.UNAUTHENTICATED, detail, Map.of("reason", reason));
    }
}
