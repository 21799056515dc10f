package com.radartracking.platform.security;

import com.radartracking.platform.tenancy.TenantContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Placed right after token authentication: an authenticated request runs in its actor's tenant and
 * logs carry the business id. Unauthenticated requests get no tenant, so they can touch no tenant data.
 */
public class ActorTenantFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Actor> actor = CurrentActor.find();
        if (actor.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        MDC.put("businessId", actor.get().businessId().toString());
        try (TenantContext.Scope ignored = TenantContext.enter(actor.get().businessId())) {
            chain.doFilter(request, response);
        } finally {
            MDC.remove("businessId");
        }
    }
}
