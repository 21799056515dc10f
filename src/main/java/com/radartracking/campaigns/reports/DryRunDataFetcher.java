package com.radartracking.campaigns.reports;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import com.radartracking.customers.CustomerObjects;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** campaignDryRun, and its sample's customers through the customers module's loader (one statement for ten). */
@DgsComponent
class DryRunDataFetcher {

    private final DryRunService dryRuns;

    DryRunDataFetcher(DryRunService dryRuns) {
        this.dryRuns = dryRuns;
    }

    @DgsQuery
    CampaignDryRun campaignDryRun(@InputArgument String id, @InputArgument Integer days) {
        return dryRuns.dryRun(id, days);
    }

    @DgsData(parentType = "CampaignDryRun", field = "sample")
    CompletableFuture<List<Object>> sample(DgsDataFetchingEnvironment environment) {
        CampaignDryRun dryRun = environment.getSourceOrThrow();
        List<CompletableFuture<Object>> customers = dryRun.sample().stream()
                .map(id -> CustomerObjects.load(environment, dryRun.businessId(), id)).toList();
        return CompletableFuture.allOf(customers.toArray(CompletableFuture[]::new))
                .thenApply(done -> customers.stream().map(CompletableFuture::join)
                        .filter(java.util.Objects::nonNull).toList());
    }
}
