package com.radartracking.campaigns.reports;

import com.netflix.graphql.dgs.DgsCodeRegistry;
import com.netflix.graphql.dgs.DgsComponent;
import com.radartracking.campaigns.model.Campaign;
import com.radartracking.campaigns.model.CampaignStore;
import com.radartracking.platform.errors.DomainException;
import com.radartracking.platform.graphql.Connection;
import com.radartracking.platform.graphql.Ids;
import com.radartracking.platform.graphql.PageArgs;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.idl.TypeDefinitionRegistry;

/**
 * Test-only: Query.campaign and Query.campaigns for the reports' tests while the campaigns API (another
 * part of the module) is not there. DGS registers annotated data fetchers before it calls code registries,
 * so this registers nothing once the real ones exist: the tests then run against those.
 */
@DgsComponent
public class CampaignQueriesStandIn {

    private final CampaignStore store;

    CampaignQueriesStandIn(CampaignStore store) {
        this.store = store;
    }

    @DgsCodeRegistry
    public GraphQLCodeRegistry.Builder registry(GraphQLCodeRegistry.Builder builder, TypeDefinitionRegistry types) {
        FieldCoordinates one = FieldCoordinates.coordinates("Query", "campaign");
        if (!builder.hasDataFetcher(one)) {
            DataFetcher<Campaign> campaign = environment -> {
                String id = environment.getArgument("id");
                return store.find(Ids.parse("id", id)).orElseThrow(() -> DomainException.notFound("Campaign", id));
            };
            builder.dataFetcher(one, campaign);
        }
        FieldCoordinates page = FieldCoordinates.coordinates("Query", "campaigns");
        if (!builder.hasDataFetcher(page)) {
            DataFetcher<Connection<Campaign>> campaigns = environment -> {
                PageArgs args = PageArgs.of(environment.getArgument("first"), environment.getArgument("after"), 100);
                return Connection.of(store.page(args, new CampaignStore.Filter(null, null, null, false)), args, null,
                        row -> PageArgs.encode(row.createdAt(), row.id()), row -> row);
            };
            builder.dataFetcher(page, campaigns);
        }
        return builder;
    }
}
