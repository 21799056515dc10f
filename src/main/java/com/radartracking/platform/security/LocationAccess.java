package com.radartracking.platform.security;

import java.util.Set;
import java.util.UUID;

/**
 * Which locations a user may act on. Implemented by the identity module (which owns assignments),
 * consumed by modules that act at a location, so neither has to depend on the other's internals.
 */
public interface LocationAccess {

    /** Location ids assigned to {@code userId}; only meaningful for STAFF. */
    Set<UUID> assignedLocationIds(UUID userId);

    /** True when the actor is not restricted to assigned locations (ADMIN, ANALYST). */
    default boolean seesAllLocations(Actor actor) {
        return actor.role() != Role.STAFF;
    }
}
