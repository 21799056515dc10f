package com.radartracking.locations;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import com.radartracking.platform.graphql.Connection;
import com.radartracking.platform.graphql.GraphQlLimits;
import com.radartracking.platform.graphql.Ids;
import com.radartracking.platform.graphql.PageArgs;
import java.util.Map;

/** GraphQL entry points for locations; maps inputs to {@link LocationService} and entities to views. */
@DgsComponent
class LocationDataFetcher {

    private final LocationService service;
    private final GraphQlLimits limits;

    LocationDataFetcher(LocationService service, GraphQlLimits limits) {
        this.service = service;
        this.limits = limits;
    }

    @DgsQuery
    Connection<LocationView> locations(@InputArgument Integer first, @InputArgument String after,
            @InputArgument Boolean includeInactive) {
        PageArgs page = PageArgs.of(first, after, limits.maxPageSize());
        LocationService.Page rows = service.page(page, Boolean.TRUE.equals(includeInactive));
        return Connection.of(rows.rowsPlusOne(), page, rows.totalCount(),
                location -> PageArgs.encode(location.createdAt(), location.id()), LocationView::of);
    }

    @DgsQuery
    LocationView location(@InputArgument String id) {
        return LocationView.of(service.get(Ids.parse("id", id)));
    }

    @DgsQuery
    LocationService.Quota locationQuota() {
        return service.quota();
    }

    @DgsMutation
    LocationView createLocation(@InputArgument Map<String, Object> input) {
        return LocationView.of(service.create(toInput(input)));
    }

    @DgsMutation
    LocationView updateLocation(@InputArgument String id, @InputArgument Map<String, Object> input) {
        return LocationView.of(service.update(Ids.parse("id", id), toInput(input)));
    }

    @DgsMutation
    LocationView deactivateLocation(@InputArgument String id) {
        return LocationView.of(service.setActive(Ids.parse("id", id), false));
    }

    @DgsMutation
    LocationView reactivateLocation(@InputArgument String id) {
        return LocationView.of(service.setActive(Ids.parse("id", id), true));
    }

    @SuppressWarnings("unchecked")
    private static LocationService.LocationInput toInput(Map<String, Object> input) {
        Map<String, Object> point = (Map<String, Object>) input.get("point");
        return new LocationService.LocationInput(
                (String) input.get("name"), (String) input.get("address"), (String) input.get("timeZone"),
                point == null ? null : ((Number) point.get("latitude")).doubleValue(),
                point == null ? null : ((Number) point.get("longitude")).doubleValue());
    }
}
