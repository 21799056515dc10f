package com.radartracking.identity;

import com.radartracking.platform.security.LocationAccess;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers which locations a user is assigned to, for modules that act at a location. */
@Component
class IdentityLocationAccess implements LocationAccess {

    private final UserRepository users;

    IdentityLocationAccess(UserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<UUID> assignedLocationIds(UUID userId) {
        return users.findById(userId).map(User::locationIds).orElse(Set.of());
    }
}
