package com.radartracking.platform.tenancy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Opens the scope in which a GraphQL query over HTTP may share one transaction, and, whatever happens
 * in between, ends that transaction on this same thread before the request is over: the connection goes
 * back to the pool without the tenant (see {@link QueryTransactions}).
 */
@Component
class QueryTransactionFilter extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"/graphql".equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        QueryTransactions.openScope();
        try {
            chain.doFilter(request, response);
        } finally {
            QueryTransactions.closeScope();
        }
    }
}
