package com.radartracking.campaigns.reports;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsDataLoader;
import com.radartracking.campaigns.model.Campaign;
import com.radartracking.locations.LocationView;
import com.radartracking.locations.LocationsByIdDataLoader;
import com.radartracking.platform.security.Actor;
import com.radartracking.platform.security.CurrentActor;
import com.radartracking.platform.security.LocationAccess;
import com.radartracking.platform.security.Role;
import com.radartracking.platform.tenancy.TenantBatchLoaders;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;
import org.dataloader.MappedBatchLoader;

/**
 * Campaign.funnel through a data loader keyed by campaign and arguments: a page of campaigns with their
 * funnels costs the same two statements as one campaign. Locations go through the locations module's loader.
 * Staff read their assigned locations' share of every figure (assignments read once per request, however
 * many funnels; how a figure is shared out: {@link FunnelQuery}); Admins and Analysts the whole business's.
 */
@DgsComponent
class FunnelDataFetcher {

    static final String FUNNELS = "campaignFunnels";
    static final int DEFAULT_WINDOW_DAYS = 7;
    static final int MAX_WINDOW_DAYS = 90;
    private static final String STAFF_LOCATIONS = FunnelDataFetcher.class.getName() + ".staffLocations";

    @DgsDataLoader(name = FUNNELS)
    final MappedBatchLoader<FunnelQuery.Key, CampaignFunnel> funnels;

    private final LocationAccess access;

    FunnelDataFetcher(FunnelQuery query, LocationAccess access) {
        this.access = access;
        funnels = TenantBatchLoaders.grouped(FunnelQuery.Key::scope, FunnelQuery.Key::businessId, query::load);
    }

    /** Default period: since the campaign was activated (created, for one never activated) until now. */
    @DgsData(parentType = "Campaign", field = "funnel")
    CompletableFuture<CampaignFunnel> funnel(DgsDataFetchingEnvironment environment) {
        Actor actor = CurrentActor.requireRole(Role.ADMIN, Role.ANALYST, Role.STAFF);
        Campaign campaign = environment.getSourceOrThrow();
        Integer window = environment.getArgument("visitWindowDays");
        int windowDays = window == null ? DEFAULT_WINDOW_DAYS : window;
        if (windowDays < 1 || windowDays > MAX_WINDOW_DAYS) {
            throw CampaignReportException.badInput("visitWindowDays", "OUT_OF_RANGE",
                    "visitWindowDays must be 1 to " + MAX_WINDOW_DAYS);
        }
        Instant from = environment.getArgument("from");
        Instant to = environment.getArgument("to");
        if (from == null) {
            from = campaign.activatedAt() != null ? campaign.activatedAt() : campaign.createdAt();
        }
        if (to == null) {
            to = Instant.now();
        }
        if (!from.isBefore(to)) {
            throw CampaignReportException.badInput("to", "BEFORE_FROM", "to must be after from");
        }
        Set<UUID> onlyAt = access.seesAllLocations(actor) ? null
                : environment.getGraphQlContext().computeIfAbsent(STAFF_LOCATIONS,
                        key -> Set.copyOf(access.assignedLocationIds(actor.userId())));
        DataLoader<FunnelQuery.Key, CampaignFunnel> loader = environment.getDataLoader(FUNNELS);
        return loader.load(new FunnelQuery.Key(campaign.businessId(), campaign.id(), from, to, windowDays, onlyAt));
    }

    @DgsData(parentType = "CampaignFunnelLocation", field = "location")
    CompletableFuture<LocationView> location(DgsDataFetchingEnvironment environment) {
        CampaignFunnel.LocationVisits row = environment.getSourceOrThrow();
        DataLoader<LocationsByIdDataLoader.Key, LocationView> loader =
                environment.getDataLoader(LocationsByIdDataLoader.NAME);
        return loader.load(new LocationsByIdDataLoader.Key(row.businessId(), row.locationId()));
    }
}
