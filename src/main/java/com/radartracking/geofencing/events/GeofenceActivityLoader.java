package com.radartracking.geofencing.events;

import com.netflix.graphql.dgs.DgsDataLoader;
import com.radartracking.platform.tenancy.TenantContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import org.dataloader.MappedBatchLoader;

/**
 * Batches {@code Geofence.activity} over a list of zones: two statements per business and period, whatever
 * the number of zones, instead of two per zone.
 */
@DgsDataLoader(name = GeofenceActivityLoader.NAME)
class GeofenceActivityLoader implements MappedBatchLoader<GeofenceActivityLoader.Key, GeofenceActivity> {

    static final String NAME = "geofenceActivity";

    /** One zone's activity over one period, in the business the zone belongs to. */
    record Key(UUID businessId, UUID geofenceId, ActivityPeriod period) {
    }

    private record Batch(UUID businessId, ActivityPeriod period) {
    }

    private final GeofenceActivityQueries queries;

    GeofenceActivityLoader(GeofenceActivityQueries queries) {
        this.queries = queries;
    }

    @Override
    public CompletionStage<Map<Key, GeofenceActivity>> load(Set<Key> keys) {
        Map<Batch, List<UUID>> batches = keys.stream().collect(Collectors.groupingBy(
                key -> new Batch(key.businessId(), key.period()),
                Collectors.mapping(Key::geofenceId, Collectors.toList())));
        Map<Key, GeofenceActivity> found = new HashMap<>();
        batches.forEach((batch, ids) -> TenantContext.callAs(batch.businessId(),
                () -> queries.activity(ids, batch.period())).forEach((id, activity) ->
                        found.put(new Key(batch.businessId(), id, batch.period()), activity)));
        return CompletableFuture.completedFuture(found);
    }
}
