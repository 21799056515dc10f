package com.radartracking.platform.security;

import java.util.UUID;

/** The authenticated user a request acts for, as established from a validated access token. */
public record Actor(UUID userId, UUID businessId, Role role, String email) {

    public boolean is(Role... roles) {
        for (Role candidate : roles) {
            if (role == candidate) {
                return true;
            }
        }
        return false;
    }
}
