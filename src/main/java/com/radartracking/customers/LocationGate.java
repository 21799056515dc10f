package com.radartracking.customers;

import com.radartracking.locations.LocationDirectory;
import com.radartracking.locations.LocationView;
import com.radartracking.platform.security.Actor;
import com.radartracking.platform.security.LocationAccess;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Where an actor may act: any location of the business for Admins (and Analysts, read-only), only the
 * assigned ones for Staff. A location of the business that is not assigned is FORBIDDEN (the Staff user
 * knows it exists); one that does not exist in the business, another tenant's included, is NOT_FOUND.
 */
@Component
class LocationGate {

    private final LocationDirectory locations;
    private final LocationAccess access;

    LocationGate(LocationDirectory locations, LocationAccess access) {
        this.locations = locations;
        this.access = access;
    }

    /** The location, if {@code actor} may record something there now (it must also be active). */
    LocationView requireActingAt(Actor actor, UUID locationId) {
        LocationView location = requireVisible(actor, locationId);
        if (!location.active()) {
            throw CustomerException.badInput("locationId", "Location " + location.name() + " is deactivated",
                    "LOCATION_INACTIVE");
        }
        return location;
    }

    /** The location, if it is an active location of the business (for callers without a panel user). */
    LocationView requireActive(UUID locationId) {
        List<LocationView> found = locations.findAll(List.of(locationId));
        if (found.isEmpty()) {
            throw CustomerException.locationNotFound(locationId);
        }
        if (!found.getFirst().active()) {
            throw CustomerException.badInput("locationId", "Location " + found.getFirst().name() + " is deactivated",
                    "LOCATION_INACTIVE");
        }
        return found.getFirst();
    }

    /** The location, if it exists in the business and {@code actor} may see what happens there. */
    LocationView requireVisible(Actor actor, UUID locationId) {
        List<LocationView> found = locations.findAll(List.of(locationId));
        if (found.isEmpty()) {
            throw CustomerException.locationNotFound(locationId);
        }
        if (!access.seesAllLocations(actor) && !access.assignedLocationIds(actor.userId()).contains(locationId)) {
            throw CustomerException.notAtYourLocation(locationId);
        }
        return found.getFirst();
    }

    /** Empty when the actor sees every location; otherwise the only locations they see. */
    Optional<Set<UUID>> restriction(Actor actor) {
        return access.seesAllLocations(actor) ? Optional.empty()
                : Optional.of(access.assignedLocationIds(actor.userId()));
    }
}
