package com.radartracking.support;

import java.util.UUID;

/** A freshly signed-up business with its first Admin's session. */
public record TenantFixture(UUID businessId, UUID adminUserId, String adminEmail, String adminPassword,
        String adminToken, String adminRefreshToken) {
}
