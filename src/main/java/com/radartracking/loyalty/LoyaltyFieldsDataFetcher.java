package com.radartracking.loyalty;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.radartracking.customers.CustomerSummary;
import com.radartracking.locations.LocationView;
import com.radartracking.locations.LocationsByIdDataLoader;
import com.radartracking.platform.tenancy.TenantKey;
import graphql.schema.PropertyDataFetcher;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;

/** Child fields of cards, redemptions, ledger entries and customers, each through a data loader (no N+1). */
@DgsComponent
class LoyaltyFieldsDataFetcher {

    private static final PropertyDataFetcher<Object> ID = PropertyDataFetcher.fetching("id");
    private static final PropertyDataFetcher<Object> BUSINESS_ID = PropertyDataFetcher.fetching("businessId");

    /**
     * The customer's cards. The Customer object belongs to the customers module, which exposes its id and
     * business id as properties: read them as GraphQL would, without depending on its internal type.
     */
    @DgsData(parentType = "Customer", field = "loyaltyCards")
    CompletableFuture<List<CardView>> customerCards(DgsDataFetchingEnvironment environment) throws Exception {
        UUID customerId = uuid(ID.get(environment));
        UUID businessId = uuid(BUSINESS_ID.get(environment));
        DataLoader<TenantKey, List<CardView>> loader = environment.getDataLoader(LoyaltyLoaders.CARDS_OF_CUSTOMERS);
        return loader.load(new TenantKey(businessId, customerId)).thenApply(found -> found == null ? List.of() : found);
    }

    @DgsData(parentType = "LoyaltyCard", field = "holder")
    CompletableFuture<CustomerSummary> holder(DgsDataFetchingEnvironment environment) {
        CardView card = environment.getSourceOrThrow();
        DataLoader<TenantKey, CustomerSummary> loader = environment.getDataLoader(LoyaltyLoaders.HOLDERS);
        return loader.load(new TenantKey(card.businessId(), card.customerId()));
    }

    @DgsData(parentType = "LoyaltyCard", field = "availableRewards")
    CompletableFuture<List<RewardView>> availableRewards(DgsDataFetchingEnvironment environment) {
        CardView card = environment.getSourceOrThrow();
        DataLoader<LoyaltyLoaders.RewardsKey, List<RewardView>> loader =
                environment.getDataLoader(LoyaltyLoaders.REWARDS_OF_PROGRAMS);
        return loader.load(new LoyaltyLoaders.RewardsKey(card.businessId(), card.program().id(), false))
                .thenApply(rewards -> CardDirectory.affordable(card, rewards == null ? List.of() : rewards));
    }

    @DgsData(parentType = "Redemption", field = "card")
    CompletableFuture<CardView> redemptionCard(DgsDataFetchingEnvironment environment) {
        RedemptionView redemption = environment.getSourceOrThrow();
        DataLoader<TenantKey, CardView> loader = environment.getDataLoader(LoyaltyLoaders.CARDS);
        return loader.load(new TenantKey(redemption.businessId(), redemption.cardId()));
    }

    @DgsData(parentType = "Redemption", field = "reward")
    CompletableFuture<RewardView> redemptionReward(DgsDataFetchingEnvironment environment) {
        RedemptionView redemption = environment.getSourceOrThrow();
        DataLoader<TenantKey, RewardView> loader = environment.getDataLoader(LoyaltyLoaders.REWARDS);
        return loader.load(new TenantKey(redemption.businessId(), redemption.rewardId()));
    }

    @DgsData(parentType = "Redemption", field = "location")
    CompletableFuture<LocationView> redemptionLocation(DgsDataFetchingEnvironment environment) {
        RedemptionView redemption = environment.getSourceOrThrow();
        return location(environment, redemption.businessId(), redemption.locationId());
    }

    @DgsData(parentType = "PointsLedgerEntry", field = "location")
    CompletableFuture<LocationView> entryLocation(DgsDataFetchingEnvironment environment) {
        LedgerEntryView entry = environment.getSourceOrThrow();
        if (entry.locationId() == null) {
            return CompletableFuture.completedFuture(null);
        }
        return location(environment, entry.businessId(), entry.locationId());
    }

    private static CompletableFuture<LocationView> location(DgsDataFetchingEnvironment environment, UUID businessId,
            UUID locationId) {
        DataLoader<LocationsByIdDataLoader.Key, LocationView> loader =
                environment.getDataLoader(LocationsByIdDataLoader.NAME);
        return loader.load(new LocationsByIdDataLoader.Key(businessId, locationId));
    }

    private static UUID uuid(Object value) {
        return value instanceof UUID id ? id : UUID.fromString(String.valueOf(value));
    }
}
