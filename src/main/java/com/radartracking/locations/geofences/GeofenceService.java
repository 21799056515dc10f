package com.radartracking.locations.geofences;

import com.radartracking.audit.ActivityLog;
import com.radartracking.locations.LocationDirectory;
import com.radartracking.locations.LocationView;
import com.radartracking.platform.graphql.PageArgs;
import com.radartracking.platform.security.Actor;
import com.radartracking.platform.security.CurrentActor;
import com.radartracking.platform.security.LocationAccess;
import com.radartracking.platform.security.Role;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Geofence CRUD. Admins manage; every role of the business reads, Staff only the zones of their assigned
 * locations (others are NOT_FOUND to them, as another tenant's would be). Deleting is soft: the zone stops
 * matching at once, its events and GeoPush history keep pointing at it.
 */
@Service
class GeofenceService {

    private final GeofenceStore store;
    private final GeofenceDrafts drafts;
    private final LocationDirectory locations;
    private final LocationAccess access;
    private final ActivityLog activityLog;
    private final Clock clock;

    GeofenceService(GeofenceStore store, GeofenceDrafts drafts, LocationDirectory locations, LocationAccess access,
            ActivityLog activityLog, Clock clock) {
        this.store = store;
        this.drafts = drafts;
        this.locations = locations;
        this.access = access;
        this.activityLog = activityLog;
        this.clock = clock;
    }

    record Page(List<GeofenceView> rowsPlusOne, int totalCount) {
    }

    @Transactional(readOnly = true)
    Page page(UUID locationId, boolean includeInactive, PageArgs page) {
        Collection<UUID> only = staffLocations(CurrentActor.require());
        if (locationId != null && (locations.existingIds(Set.of(locationId)).isEmpty()
                || only != null && !only.contains(locationId))) {
            throw GeofenceException.locationNotFound(locationId);
        }
        GeofenceStore.Filter filter = new GeofenceStore.Filter(locationId, includeInactive, only);
        return new Page(store.page(filter, page), store.count(filter));
    }

    @Transactional(readOnly = true)
    GeofenceView get(UUID id) {
        return visible(id, false);
    }

    @Transactional
    GeofenceView create(UUID locationId, GeofenceInput input) {
        CurrentActor.requireRole(Role.ADMIN);
        LocationView location = location(locationId);
        GeofenceDraft draft = drafts.draft(input, null, () -> location);
        GeofenceView created = store.insert(UUID.randomUUID(), locationId, draft, clock.instant());
        activityLog.record("geofence.created", "Geofence", created.id(), Map.of("name", created.name(),
                "locationId", locationId.toString(), "shape", created.shape()));
        return created;
    }

    @Transactional
    GeofenceView update(UUID id, GeofenceInput input) {
        CurrentActor.requireRole(Role.ADMIN);
        GeofenceView existing = visible(id, true);
        GeofenceDraft draft = drafts.draft(input, existing, () -> location(existing.locationId()));
        GeofenceView updated = store.update(id, draft, clock.instant());
        activityLog.record("geofence.updated", "Geofence", id, Map.of("fields", List.copyOf(input.given())));
        return updated;
    }

    @Transactional
    UUID delete(UUID id) {
        CurrentActor.requireRole(Role.ADMIN);
        GeofenceView existing = visible(id, true);
        store.softDelete(id, clock.instant());
        activityLog.record("geofence.deleted", "Geofence", id, Map.of("name", existing.name()));
        return id;
    }

    /** Live zones per location, for Location.geofences; Staff get none for locations not assigned to them. */
    @Transactional(readOnly = true)
    Map<UUID, List<GeofenceView>> byLocations(Collection<UUID> locationIds) {
        Collection<UUID> only = CurrentActor.find().map(this::staffLocations).orElse(null);
        List<UUID> visible = only == null ? List.copyOf(locationIds)
                : locationIds.stream().filter(only::contains).toList();
        return visible.isEmpty() ? Map.of() : store.byLocations(visible);
    }

    /** Zones by id, deleted ones included, for the events that happened in them. */
    @Transactional(readOnly = true)
    Map<UUID, GeofenceView> byIds(Collection<UUID> ids) {
        return store.findIncludingDeleted(ids);
    }

    private GeofenceView visible(UUID id, boolean forUpdate) {
        Collection<UUID> only = staffLocations(CurrentActor.require());
        GeofenceView zone = store.find(id, forUpdate).orElseThrow(() -> GeofenceException.notFound(id));
        if (only != null && !only.contains(zone.locationId())) {
            throw GeofenceException.notFound(id);
        }
        return zone;
    }

    private LocationView location(UUID locationId) {
        return locations.findAll(List.of(locationId)).stream().findFirst()
                .orElseThrow(() -> GeofenceException.locationNotFound(locationId));
    }

    /** The locations a Staff user is limited to; null for roles that see every location. */
    private Collection<UUID> staffLocations(Actor actor) {
        return access.seesAllLocations(actor) ? null : access.assignedLocationIds(actor.userId());
    }

}
