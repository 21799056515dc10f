package com.radartracking.locations.geofences;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.InputArgument;
import com.radartracking.locations.LocationView;
import com.radartracking.locations.LocationsByIdDataLoader;
import com.radartracking.platform.security.CurrentActor;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;

/** Geofence.location and Location.geofences, each through a data loader so a page costs one query per field. */
@DgsComponent
class GeofenceFieldsDataFetcher {

    @DgsData(parentType = "Geofence", field = "location")
    CompletableFuture<LocationView> location(DgsDataFetchingEnvironment environment) {
        GeofenceView zone = environment.getSourceOrThrow();
        DataLoader<LocationsByIdDataLoader.Key, LocationView> loader =
                environment.getDataLoader(LocationsByIdDataLoader.NAME);
        return loader.load(new LocationsByIdDataLoader.Key(zone.businessId(), zone.locationId()));
    }

    /** The zones of a location, oldest first; the parent came from the caller's own business. */
    @DgsData(parentType = "Location", field = "geofences")
    CompletableFuture<List<GeofenceView>> geofences(DgsDataFetchingEnvironment environment,
            @InputArgument Boolean includeInactive) {
        LocationView location = environment.getSourceOrThrow();
        UUID businessId = CurrentActor.require().businessId();
        DataLoader<GeofenceLoaders.Key, List<GeofenceView>> loader = environment.getDataLoader(GeofenceLoaders.BY_LOCATION);
        boolean inactiveToo = !Boolean.FALSE.equals(includeInactive);
        return loader.load(new GeofenceLoaders.Key(businessId, UUID.fromString(location.id())))
                .thenApply(zones -> zones == null ? List.<GeofenceView>of()
                        : zones.stream().filter(zone -> inactiveToo || zone.active()).toList());
    }
}
