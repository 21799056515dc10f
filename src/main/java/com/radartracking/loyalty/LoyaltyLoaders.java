package com.radartracking.loyalty;

import com.netflix.graphql.dgs.DgsDataLoader;
import com.radartracking.customers.CustomerDirectory;
import com.radartracking.customers.CustomerSummary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import org.dataloader.MappedBatchLoader;

/**
 * The data loaders of loyalty child fields: a page of customers (or cards, rewards, redemptions) costs
 * one statement per child field, whatever its size.
 */
final class LoyaltyLoaders {

    static final String CARDS_OF_CUSTOMERS = "loyaltyCardsOfCustomers";
    static final String CARDS = "loyaltyCardsById";
    static final String PROGRAMS = "loyaltyProgramsById";
    static final String REWARDS = "rewardsById";
    static final String REWARDS_OF_PROGRAMS = "rewardsOfPrograms";
    static final String HOLDERS = "loyaltyCardHolders";

    private LoyaltyLoaders() {
    }

    /** A program's catalogue, with or without withdrawn rewards. */
    record RewardsKey(UUID businessId, UUID programId, boolean includeInactive) {
    }

    /** Cards of customers (active programs), for Customer.loyaltyCards. */
    @DgsDataLoader(name = CARDS_OF_CUSTOMERS)
    static class CardsOfCustomers implements MappedBatchLoader<TenantKey, List<CardView>> {

        private final CardStore cards;

        CardsOfCustomers(CardStore cards) {
            this.cards = cards;
        }

        @Override
        public CompletionStage<Map<TenantKey, List<CardView>>> load(Set<TenantKey> keys) {
            return CompletableFuture.completedFuture(TenantKey.loadPerBusiness(keys, ids -> cards.ofCustomers(ids, true)));
        }
    }

    @DgsDataLoader(name = CARDS)
    static class CardsById implements MappedBatchLoader<TenantKey, CardView> {

        private final CardStore cards;

        CardsById(CardStore cards) {
            this.cards = cards;
        }

        @Override
        public CompletionStage<Map<TenantKey, CardView>> load(Set<TenantKey> keys) {
            return CompletableFuture.completedFuture(TenantKey.loadPerBusiness(keys, cards::byIds));
        }
    }

    @DgsDataLoader(name = PROGRAMS)
    static class ProgramsById implements MappedBatchLoader<TenantKey, ProgramView> {

        private final ProgramQueries programs;

        ProgramsById(ProgramQueries programs) {
            this.programs = programs;
        }

        @Override
        public CompletionStage<Map<TenantKey, ProgramView>> load(Set<TenantKey> keys) {
            return CompletableFuture.completedFuture(TenantKey.loadPerBusiness(keys, programs::programs));
        }
    }

    @DgsDataLoader(name = REWARDS)
    static class RewardsById implements MappedBatchLoader<TenantKey, RewardView> {

        private final ProgramQueries programs;

        RewardsById(ProgramQueries programs) {
            this.programs = programs;
        }

        @Override
        public CompletionStage<Map<TenantKey, RewardView>> load(Set<TenantKey> keys) {
            return CompletableFuture.completedFuture(TenantKey.loadPerBusiness(keys, programs::rewardsById));
        }
    }

    /** Catalogues per program (cards' available rewards use the active ones). */
    @DgsDataLoader(name = REWARDS_OF_PROGRAMS)
    static class RewardsOfPrograms implements MappedBatchLoader<RewardsKey, List<RewardView>> {

        private final ProgramQueries programs;

        RewardsOfPrograms(ProgramQueries programs) {
            this.programs = programs;
        }

        @Override
        public CompletionStage<Map<RewardsKey, List<RewardView>>> load(Set<RewardsKey> keys) {
            Map<RewardsKey, List<RewardView>> found = new HashMap<>();
            keys.stream().collect(Collectors.groupingBy(key -> List.of(key.businessId(), key.includeInactive())))
                    .forEach((group, groupKeys) -> {
                        UUID businessId = groupKeys.getFirst().businessId();
                        boolean inactive = groupKeys.getFirst().includeInactive();
                        Map<UUID, List<RewardView>> byProgram = com.radartracking.platform.tenancy.TenantContext
                                .callAs(businessId, () -> programs.rewardsOf(
                                        groupKeys.stream().map(RewardsKey::programId).toList(), inactive));
                        groupKeys.forEach(key -> found.put(key, byProgram.getOrDefault(key.programId(), List.of())));
                    });
            return CompletableFuture.completedFuture(found);
        }
    }

    /** Card holders, through the customers module's directory (one query per batch). */
    @DgsDataLoader(name = HOLDERS)
    static class Holders implements MappedBatchLoader<TenantKey, CustomerSummary> {

        private final CustomerDirectory customers;

        Holders(CustomerDirectory customers) {
            this.customers = customers;
        }

        @Override
        public CompletionStage<Map<TenantKey, CustomerSummary>> load(Set<TenantKey> keys) {
            return CompletableFuture.completedFuture(TenantKey.loadPerBusiness(keys, customers::findAll));
        }
    }
}
