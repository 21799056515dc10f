package com.radartracking.isolation;

import java.util.List;
import java.util.Map;

/**
 * One module's contribution to the two-tenant isolation suite (see package-info for the how-to).
 * Implementations need a public no-argument constructor; {@link TenantIsolationIT} discovers them.
 */
public interface IsolationCases {

    /** Every way this module's operations could reach another tenant's record. */
    List<IsolationCase> cases();

    /**
     * Root operations that act for no tenant, keyed {@code "Query.ping"} / {@code "Mutation.login"}, with
     * why that is safe (e.g. "authenticated by the refresh token itself, which names its business").
     */
    default Map<String, String> tenantLessOperations() {
        return Map.of();
    }

    /** REST endpoints that act for no tenant, keyed {@code "GET /api/mobile/v1/openapi.json"}, with why. */
    default Map<String, String> tenantLessEndpoints() {
        return Map.of();
    }
}
