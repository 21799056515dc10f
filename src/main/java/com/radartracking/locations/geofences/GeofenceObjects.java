package com.radartracking.locations.geofences;

import graphql.schema.DataFetchingEnvironment;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;

/**
 * GraphQL {@code Geofence} objects for other modules' fields (a geo event's zone), through this package's
 * batching loader: a page of events costs one query for their zones, deleted zones included.
 */
public final class GeofenceObjects {

    private GeofenceObjects() {
    }

    /** The zone of {@code businessId} with {@code geofenceId} (live or deleted), or null when there is none. */
    public static CompletableFuture<GeofenceView> load(DataFetchingEnvironment environment, UUID businessId,
            UUID geofenceId) {
        DataLoader<GeofenceLoaders.Key, GeofenceView> loader = environment.getDataLoader(GeofenceLoaders.BY_ID);
        return loader.load(new GeofenceLoaders.Key(businessId, geofenceId));
    }
}
