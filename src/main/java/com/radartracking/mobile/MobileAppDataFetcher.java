package com.radartracking.mobile;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import com.radartracking.platform.graphql.Connection;
import com.radartracking.platform.graphql.GraphQlLimits;
import com.radartracking.platform.graphql.Ids;
import com.radartracking.platform.graphql.PageArgs;

/** GraphQL entry points for the business's mobile apps (the panel's settings page). */
@DgsComponent
class MobileAppDataFetcher {

    private final MobileAppService service;
    private final GraphQlLimits limits;

    MobileAppDataFetcher(MobileAppService service, GraphQlLimits limits) {
        this.service = service;
        this.limits = limits;
    }

    @DgsQuery
    Connection<MobileAppView> mobileApps(@InputArgument Integer first, @InputArgument String after,
            @InputArgument Boolean includeRevoked) {
        PageArgs page = PageArgs.of(first, after, limits.maxPageSize());
        MobileAppService.Page rows = service.page(page, Boolean.TRUE.equals(includeRevoked));
        return Connection.of(rows.rowsPlusOne(), page, rows.totalCount(),
                app -> PageArgs.encode(app.createdAt(), app.id()), MobileAppView::of);
    }

    @DgsMutation
    MobileAppView createMobileApp(@InputArgument String name) {
        return MobileAppView.of(service.create(name));
    }

    @DgsMutation
    MobileAppView revokeMobileApp(@InputArgument String id) {
        return MobileAppView.of(service.revoke(Ids.parse("id", id)));
    }
}
