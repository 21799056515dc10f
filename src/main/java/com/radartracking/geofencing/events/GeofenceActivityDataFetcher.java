package com.radartracking.geofencing.events;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.InputArgument;
import com.radartracking.locations.geofences.GeofenceView;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;

/** Geofence.activity through a data loader, so a list of zones with their figures costs two statements. */
@DgsComponent
class GeofenceActivityDataFetcher {

    private static final String NOW = GeofenceActivityDataFetcher.class.getName() + ".now";

    private final Clock clock;

    GeofenceActivityDataFetcher(Clock clock) {
        this.clock = clock;
    }

    @DgsData(parentType = "Geofence", field = "activity")
    CompletableFuture<GeofenceActivity> activity(DgsDataFetchingEnvironment environment, @InputArgument Instant from,
            @InputArgument Instant to, @InputArgument Integer visitWindowHours) {
        GeofenceView zone = environment.getSourceOrThrow();
        // One "now" per request: zones asked for with the default period then share one batch.
        Instant now = environment.getGraphQlContext().computeIfAbsent(NOW, key -> clock.instant());
        ActivityPeriod period = ActivityPeriod.of(from, to, visitWindowHours, now);
        DataLoader<GeofenceActivityLoader.Key, GeofenceActivity> loader =
                environment.getDataLoader(GeofenceActivityLoader.NAME);
        return loader.load(new GeofenceActivityLoader.Key(zone.businessId(), zone.id(), period));
    }
}
