package com.radartracking.platform.security;

import com.radartracking.platform.errors.DomainException;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the {@link Actor} of the current request and checks roles; failures carry error codes. */
public final class CurrentActor {

    private CurrentActor() {
    }

    public static Optional<Actor> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Actor actor) {
            return Optional.of(actor);
        }
        return Optional.empty();
    }

    /** The actor, or UNAUTHENTICATED. */
    public static Actor require() {
        return find().orElseThrow(DomainException::unauthenticated);
    }

    /** The actor if their role is one of {@code roles}, otherwise FORBIDDEN. */
    public static Actor requireRole(Role... roles) {
        Actor actor = require();
        if (!actor.is(roles)) {
            throw DomainException.forbidden("This requires one of the roles " + Arrays.toString(roles));
        }
        return actor;
    }
}
