package com.radartracking.campaigns.editing;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.radartracking.campaigns.model.Campaign;
import com.radartracking.campaigns.model.CampaignMessage;
import com.radartracking.campaigns.segments.SegmentObjects;
import com.radartracking.locations.LocationView;
import com.radartracking.locations.LocationsByIdDataLoader;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;

/** A campaign's child fields that are not columns of its record. */
@DgsComponent
class CampaignFieldsDataFetcher {

    /** A GraphQL {@code PushDataEntry}. */
    record DataEntry(String key, String value) {
    }

    /** Through the segments' loader: a page of campaigns costs one query for their saved segments. */
    @DgsData(parentType = "Campaign", field = "segment")
    CompletableFuture<Object> segment(DgsDataFetchingEnvironment environment) {
        Campaign campaign = environment.getSourceOrThrow();
        return SegmentObjects.load(environment, campaign.businessId(), campaign.segmentId());
    }

    /** Through the locations' loader: a page of campaigns costs one query for all their locations. */
    @DgsData(parentType = "Campaign", field = "locations")
    CompletableFuture<List<LocationView>> locations(DgsDataFetchingEnvironment environment) {
        Campaign campaign = environment.getSourceOrThrow();
        if (campaign.locationIds().isEmpty()) {
            return CompletableFuture.completedFuture(List.of());
        }
        DataLoader<LocationsByIdDataLoader.Key, LocationView> loader =
                environment.getDataLoader(LocationsByIdDataLoader.NAME);
        return loader.loadMany(campaign.locationIds().stream()
                        .map(id -> new LocationsByIdDataLoader.Key(campaign.businessId(), id)).toList())
                .thenApply(views -> views.stream().filter(Objects::nonNull).toList());
    }

    /** The message's data map as key/value entries, by key (a map keeps no order). */
    @DgsData(parentType = "CampaignMessage", field = "data")
    List<DataEntry> data(DgsDataFetchingEnvironment environment) {
        CampaignMessage message = environment.getSourceOrThrow();
        return message.data().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> new DataEntry(entry.getKey(), entry.getValue())).toList();
    }
}
