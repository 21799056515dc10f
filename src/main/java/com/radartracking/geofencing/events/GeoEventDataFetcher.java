package com.radartracking.geofencing.events;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import com.radartracking.customers.CustomerObjects;
import com.radartracking.locations.LocationView;
import com.radartracking.locations.LocationsByIdDataLoader;
import com.radartracking.locations.geofences.GeofenceObjects;
import com.radartracking.locations.geofences.GeofenceView;
import com.radartracking.platform.graphql.Connection;
import com.radartracking.platform.graphql.GraphQlLimits;
import com.radartracking.platform.graphql.PageArgs;
import com.radartracking.platform.security.Actor;
import com.radartracking.platform.security.CurrentActor;
import com.radartracking.platform.security.LocationAccess;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;

/**
 * The geoEvents query, and a geo event's zone, location and customer through the owning modules' data
 * loaders (a page costs one query per child field, whatever its size).
 */
@DgsComponent
class GeoEventDataFetcher {

    private final GeoEventQueries queries;
    private final LocationAccess access;
    private final GraphQlLimits limits;

    GeoEventDataFetcher(GeoEventQueries queries, LocationAccess access, GraphQlLimits limits) {
        this.queries = queries;
        this.access = access;
        this.limits = limits;
    }

    /** Staff see the events of their assigned locations only. */
    @DgsQuery
    Connection<GeoEventView> geoEvents(@InputArgument Map<String, Object> filter, @InputArgument Integer first,
            @InputArgument String after) {
        Actor actor = CurrentActor.require();
        PageArgs page = PageArgs.of(first, after, limits.maxPageSize());
        GeoEventFilter parsed = GeoEventFilter.from(filter);
        return Connection.of(queries.page(parsed,
                access.seesAllLocations(actor) ? null : access.assignedLocationIds(actor.userId()), page),
                page, null, event -> PageArgs.encode(event.occurredAt(), event.id()), event -> event);
    }

    @DgsData(parentType = "GeoEvent", field = "geofence")
    CompletableFuture<GeofenceView> geofence(DgsDataFetchingEnvironment environment) {
        GeoEventView event = environment.getSourceOrThrow();
        return GeofenceObjects.load(environment, event.businessId(), event.geofenceId());
    }

    @DgsData(parentType = "GeoEvent", field = "location")
    CompletableFuture<LocationView> location(DgsDataFetchingEnvironment environment) {
        GeoEventView event = environment.getSourceOrThrow();
        DataLoader<LocationsByIdDataLoader.Key, LocationView> loader =
                environment.getDataLoader(LocationsByIdDataLoader.NAME);
        return loader.load(new LocationsByIdDataLoader.Key(event.businessId(), event.locationId()));
    }

    @DgsData(parentType = "GeoEvent", field = "customer")
    CompletableFuture<Object> customer(DgsDataFetchingEnvironment environment) {
        GeoEventView event = environment.getSourceOrThrow();
        return CustomerObjects.load(environment, event.businessId(), event.customerId());
    }
}
