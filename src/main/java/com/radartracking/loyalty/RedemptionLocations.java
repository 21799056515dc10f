package com.radartracking.loyalty;

import com.radartracking.locations.LocationDirectory;
import com.radartracking.locations.LocationView;
import com.radartracking.platform.security.Actor;
import com.radartracking.platform.security.LocationAccess;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Where an actor may redeem: any active location of the business for Admins, only their assigned ones
 * for Staff (FORBIDDEN otherwise: they know the location exists). A location that is not the business's,
 * another tenant's included, is NOT_FOUND. Same rules as the customers module's visits.
 */
@Component
class RedemptionLocations {

    private final LocationDirectory locations;
    private final LocationAccess access;

    RedemptionLocations(LocationDirectory locations, LocationAccess access) {
        this.locations = locations;
        this.access = access;
    }

    LocationView requireActingAt(Actor actor, UUID locationId) {
        if (locationId == null) {
            throw LoyaltyException.badInput("locationId", "Say where the reward is handed over (locationId)");
        }
        List<LocationView> found = locations.findAll(List.of(locationId));
        if (found.isEmpty()) {
            throw LoyaltyException.locationNotFound(locationId);
        }
        if (!access.seesAllLocations(actor) && !access.assignedLocationIds(actor.userId()).contains(locationId)) {
            throw LoyaltyException.notAtYourLocation(locationId);
        }
        LocationView location = found.getFirst();
        if (!location.active()) {
            throw LoyaltyException.refused("locationId", "LOCATION_INACTIVE", "Location " + location.name()
                    + " is deactivated");
        }
        return location;
    }
}
