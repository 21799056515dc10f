package com.radartracking.locations;

import com.radartracking.audit.ActivityLog;
import com.radartracking.platform.graphql.PageArgs;
import com.radartracking.platform.persistence.TransactionLocks;
import com.radartracking.platform.security.Actor;
import com.radartracking.platform.security.CurrentActor;
import com.radartracking.platform.security.LocationAccess;
import com.radartracking.platform.security.Role;
import com.radartracking.platform.tenancy.PlanLimits;
import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.platform.validation.TimeZones;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Location CRUD. Admins manage; Staff see only their assigned locations (others are NOT_FOUND to
 * them, as another tenant's would be); the number of active locations is capped per business.
 */
@Service
class LocationService {

    static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private final LocationRepository locations;
    private final LocationAccess access;
    private final PlanLimits planLimits;
    private final ActivityLog activityLog;
    private final TransactionLocks locks;
    private final int defaultLimit;

    LocationService(LocationRepository locations, LocationAccess access, PlanLimits planLimits,
            ActivityLog activityLog, TransactionLocks locks,
            @Value("${radar.locations.default-limit:5}") int defaultLimit) {
        this.locations = locations;
        this.locks = locks;
        this.access = access;
        this.planLimits = planLimits;
        this.activityLog = activityLog;
        this.defaultLimit = defaultLimit;
    }

    record LocationInput(String name, String address, String timeZone, Double latitude, Double longitude) {
    }

    record Page(List<Location> rowsPlusOne, int totalCount) {
    }

    record Quota(int used, int limit) {
    }

    @Transactional(readOnly = true)
    Page page(PageArgs args, boolean includeInactive) {
        Actor actor = CurrentActor.require();
        boolean restricted = !access.seesAllLocations(actor);
        Set<UUID> assigned = restricted ? access.assignedLocationIds(actor.userId()) : Set.of();
        // JPQL "in ()" is invalid; a never-matching id keeps the query uniform for unassigned Staff.
        Set<UUID> ids = assigned.isEmpty() ? Set.of(new UUID(0, 0)) : assigned;
        PageArgs.Position after = args.position();
        List<Location> rows = locations.page(includeInactive, restricted, ids,
                after == null ? null : after.createdAt(), after == null ? null : after.id(),
                Limit.of(args.first() + 1));
        int total = (int) locations.countVisible(includeInactive, restricted, ids);
        return new Page(rows, total);
    }

    @Transactional(readOnly = true)
    Location get(UUID id) {
        return visible(id);
    }

    @Transactional(readOnly = true)
    Quota quota() {
        CurrentActor.require();
        return new Quota((int) locations.countByActiveTrue(), limit());
    }

    @Transactional
    Location create(LocationInput input) {
        CurrentActor.requireRole(Role.ADMIN);
        Location location = new Location(requireName(input.name()), address(input.address()),
                TimeZones.require("timeZone", input.timeZone()), point(input.latitude(), input.longitude()));
        checkRoomForOneMore();
        locations.save(location);
        activityLog.record("location.created", "Location", location.id(), Map.of("name", location.name()));
        return location;
    }

    @Transactional
    Location update(UUID id, LocationInput input) {
        CurrentActor.requireRole(Role.ADMIN);
        Location location = visible(id);
        boolean movesPoint = input.latitude() != null || input.longitude() != null;
        location.update(
                input.name() == null ? location.name() : requireName(input.name()),
                input.address() == null ? location.address() : address(input.address()),
                input.timeZone() == null ? location.timeZone() : TimeZones.require("timeZone", input.timeZone()),
                movesPoint ? point(input.latitude(), input.longitude()) : location.point());
        activityLog.record("location.updated", "Location", location.id());
        return location;
    }

    @Transactional
    Location setActive(UUID id, boolean active) {
        CurrentActor.requireRole(Role.ADMIN);
        Location location = visible(id);
        if (active && !location.active()) {
            checkRoomForOneMore();
        }
        location.setActive(active);
        activityLog.record(active ? "location.reactivated" : "location.deactivated", "Location", location.id());
        return location;
    }

    private Location visible(UUID id) {
        Actor actor = CurrentActor.require();
        Location location = locations.findById(id).orElseThrow(() -> LocationException.notFound(id));
        if (!access.seesAllLocations(actor) && !access.assignedLocationIds(actor.userId()).contains(id)) {
            throw LocationException.notFound(id);
        }
        return location;
    }

    /**
     * Serialises "count, then add" per business: without the lock, parallel creations each count
     * below the limit and all commit, overshooting it.
     */
    private void checkRoomForOneMore() {
        locks.lock("locations.limit", TenantContext.require());
        int limit = limit();
        if (locations.countByActiveTrue() >= limit) {
            throw LocationException.limitReached(limit);
        }
    }

    private int limit() {
        return planLimits.locationLimitOverride().orElse(defaultLimit);
    }

    private static String requireName(String name) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > 120) {
            throw LocationException.badInput("name", "Name must be 1 to 120 characters");
        }
        return trimmed;
    }

    private static String address(String address) {
        String trimmed = address == null ? "" : address.trim();
        if (trimmed.length() > 300) {
            throw LocationException.badInput("address", "Address must be at most 300 characters");
        }
        return trimmed;
    }

    static Point point(Double latitude, Double longitude) {
        if (latitude == null || !Double.isFinite(latitude) || latitude < -90 || latitude > 90) {
            throw LocationException.badInput("latitude", "Latitude must be between -90 and 90");
        }
        if (longitude == null || !Double.isFinite(longitude) || longitude < -180 || longitude > 180) {
            throw LocationException.badInput("longitude", "Longitude must be between -180 and 180");
        }
        return WGS84.createPoint(new Coordinate(longitude, latitude));
    }
}
