package com.radartracking.locations.geofences;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import com.radartracking.platform.graphql.Connection;
import com.radartracking.platform.graphql.GraphQlLimits;
import com.radartracking.platform.graphql.Ids;
import com.radartracking.platform.graphql.PageArgs;
import java.util.Map;

/** GraphQL entry points for geofences: maps inputs to {@link GeofenceService}, which returns views. */
@DgsComponent
class GeofenceDataFetcher {

    private final GeofenceService service;
    private final GraphQlLimits limits;

    GeofenceDataFetcher(GeofenceService service, GraphQlLimits limits) {
        this.service = service;
        this.limits = limits;
    }

    @DgsQuery
    Connection<GeofenceView> geofences(@InputArgument String locationId, @InputArgument Boolean includeInactive,
            @InputArgument Integer first, @InputArgument String after) {
        PageArgs page = PageArgs.of(first, after, limits.maxPageSize());
        GeofenceService.Page rows = service.page(locationId == null ? null : Ids.parse("locationId", locationId),
                !Boolean.FALSE.equals(includeInactive), page);
        return Connection.of(rows.rowsPlusOne(), page, rows.totalCount(),
                zone -> PageArgs.encode(zone.createdAt(), zone.id()), zone -> zone);
    }

    @DgsQuery
    GeofenceView geofence(@InputArgument String id) {
        return service.get(Ids.parse("id", id));
    }

    @DgsMutation
    GeofenceView createGeofence(@InputArgument Map<String, Object> input) {
        return service.create(Ids.parse("locationId", (String) input.get("locationId")), GeofenceInput.from(input));
    }

    @DgsMutation
    GeofenceView updateGeofence(@InputArgument String id, @InputArgument Map<String, Object> input) {
        return service.update(Ids.parse("id", id), GeofenceInput.from(input));
    }

    @DgsMutation
    String deleteGeofence(@InputArgument String id) {
        return service.delete(Ids.parse("id", id)).toString();
    }
}
