package com.radartracking.loyalty;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsDataLoader;
import com.radartracking.customers.CustomerDirectory;
import com.radartracking.customers.CustomerSummary;
import com.radartracking.platform.tenancy.TenantBatchLoaders;
import com.radartracking.platform.tenancy.TenantKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dataloader.MappedBatchLoader;

/**
 * The data loaders of loyalty child fields: a page of customers (or cards, rewards, redemptions) costs
 * one statement per child field, whatever its size.
 */
@DgsComponent
class LoyaltyLoaders {

    static final String CARDS_OF_CUSTOMERS = "loyaltyCardsOfCustomers";
    static final String CARDS = "loyaltyCardsById";
    static final String PROGRAMS = "loyaltyProgramsById";
    static final String REWARDS = "rewardsById";
    static final String REWARDS_OF_PROGRAMS = "rewardsOfPrograms";
    static final String HOLDERS = "loyaltyCardHolders";

    /** A program's catalogue, with or without withdrawn rewards. */
    record RewardsKey(UUID businessId, UUID programId, boolean includeInactive) {
    }

    /** Cards of customers (active programs), for Customer.loyaltyCards. */
    @DgsDataLoader(name = CARDS_OF_CUSTOMERS)
    final MappedBatchLoader<TenantKey, List<CardView>> cardsOfCustomers;
    @DgsDataLoader(name = CARDS)
    final MappedBatchLoader<TenantKey, CardView> cardsById;
    @DgsDataLoader(name = PROGRAMS)
    final MappedBatchLoader<TenantKey, ProgramView> programsById;
    @DgsDataLoader(name = REWARDS)
    final MappedBatchLoader<TenantKey, RewardView> rewardsById;
    /** Catalogues per program (cards' available rewards use the active ones). */
    @DgsDataLoader(name = REWARDS_OF_PROGRAMS)
    final MappedBatchLoader<RewardsKey, List<RewardView>> rewardsOfPrograms;
    /** Card holders, through the customers module's directory (one query per batch). */
    @DgsDataLoader(name = HOLDERS)
    final MappedBatchLoader<TenantKey, CustomerSummary> holders;

    LoyaltyLoaders(CardStore cards, ProgramQueries programs, CustomerDirectory customers) {
        cardsOfCustomers = TenantBatchLoaders.byId(ids -> cards.ofCustomers(ids, true));
        cardsById = TenantBatchLoaders.byId(cards::byIds);
        programsById = TenantBatchLoaders.byId(programs::programs);
        rewardsById = TenantBatchLoaders.byId(programs::rewardsById);
        holders = TenantBatchLoaders.byId(customers::findAll);
        rewardsOfPrograms = TenantBatchLoaders.grouped(key -> List.of(key.businessId(), key.includeInactive()),
                RewardsKey::businessId, members -> {
                    Map<UUID, List<RewardView>> byProgram = programs.rewardsOf(
                            members.stream().map(RewardsKey::programId).toList(), members.getFirst().includeInactive());
                    Map<RewardsKey, List<RewardView>> found = new HashMap<>();
                    members.forEach(key -> found.put(key, byProgram.getOrDefault(key.programId(), List.of())));
                    return found;
                });
    }
}
