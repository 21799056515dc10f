package com.radartracking.locations.geofences;

import com.netflix.graphql.dgs.DgsDataLoader;
import com.radartracking.platform.tenancy.TenantContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dataloader.MappedBatchLoader;

/**
 * The data loaders of geofence fields: a page of locations (or of geo events) costs one query for all their
 * zones, whatever its size. Keys carry the business the parent came from; each business's keys load under
 * that business only.
 */
final class GeofenceLoaders {

    static final String BY_LOCATION = "geofencesByLocation";
    static final String BY_ID = "geofencesById";

    private GeofenceLoaders() {
    }

    /** A location's or a zone's id within the business it belongs to. */
    record Key(UUID businessId, UUID id) {
    }

    /** The live zones of each location (Location.geofences). */
    @DgsDataLoader(name = BY_LOCATION)
    static class ByLocation implements MappedBatchLoader<Key, List<GeofenceView>> {

        private final GeofenceService service;

        ByLocation(GeofenceService service) {
            this.service = service;
        }

        @Override
        public CompletionStage<Map<Key, List<GeofenceView>>> load(Set<Key> keys) {
            return CompletableFuture.completedFuture(perBusiness(keys, service::byLocations));
        }
    }

    /** Zones by id, deleted ones included (GeoEvent.geofence). */
    @DgsDataLoader(name = BY_ID)
    static class ById implements MappedBatchLoader<Key, GeofenceView> {

        private final GeofenceService service;

        ById(GeofenceService service) {
            this.service = service;
        }

        @Override
        public CompletionStage<Map<Key, GeofenceView>> load(Set<Key> keys) {
            return CompletableFuture.completedFuture(perBusiness(keys, service::byIds));
        }
    }

    private static <V> Map<Key, V> perBusiness(Collection<Key> keys, Function<List<UUID>, Map<UUID, V>> load) {
        Map<UUID, List<UUID>> idsByBusiness = keys.stream().collect(Collectors.groupingBy(Key::businessId,
                Collectors.mapping(Key::id, Collectors.toList())));
        Map<Key, V> found = new HashMap<>();
        idsByBusiness.forEach((businessId, ids) -> TenantContext.callAs(businessId, () -> load.apply(ids))
                .forEach((id, value) -> found.put(new Key(businessId, id), value)));
        return found;
    }
}
