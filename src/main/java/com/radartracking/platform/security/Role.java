package com.radartracking.platform.security;

/** What a user may do within their business; SUPPORT is a platform agent, not a business user. */
public enum Role {
    ADMIN,
    STAFF,
    ANALYST,
    SUPPORT
}
