package com.radartracking.loyalty;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import com.radartracking.platform.graphql.Connection;
import com.radartracking.platform.graphql.GraphQlLimits;
import com.radartracking.platform.graphql.Ids;
import com.radartracking.platform.graphql.PageArgs;
import com.radartracking.platform.security.CurrentActor;
import com.radartracking.platform.security.Role;
import com.radartracking.platform.tenancy.TenantKey;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;

/** GraphQL entry points for programs and the rewards catalogue; child fields go through data loaders. */
@DgsComponent
class LoyaltyProgramDataFetcher {

    private final ProgramQueries queries;
    private final ProgramService programs;
    private final RewardService rewards;
    private final GraphQlLimits limits;

    LoyaltyProgramDataFetcher(ProgramQueries queries, ProgramService programs, RewardService rewards,
            GraphQlLimits limits) {
        this.queries = queries;
        this.programs = programs;
        this.rewards = rewards;
        this.limits = limits;
    }

    static void requireReader() {
        CurrentActor.requireRole(Role.ADMIN, Role.STAFF, Role.ANALYST);
    }

    @DgsQuery
    Connection<ProgramView> loyaltyPrograms(@InputArgument Integer first, @InputArgument String after,
            @InputArgument Boolean includeInactive) {
        requireReader();
        PageArgs page = PageArgs.of(first, after, limits.maxPageSize());
        List<ProgramView> rows = queries.page(Boolean.TRUE.equals(includeInactive), page);
        return Connection.of(rows, page, null, row -> PageArgs.encode(row.createdAt(), row.id()), row -> row);
    }

    @DgsQuery
    ProgramView loyaltyProgram(@InputArgument String id) {
        requireReader();
        return queries.program(Ids.parse("id", id)).orElseThrow(() -> LoyaltyException.programNotFound(id));
    }

    @DgsQuery
    RewardView reward(@InputArgument String id) {
        requireReader();
        return queries.reward(Ids.parse("id", id)).orElseThrow(() -> LoyaltyException.rewardNotFound(id));
    }

    @DgsMutation
    ProgramView createLoyaltyProgram(@InputArgument Map<String, Object> input) {
        return programs.create(LoyaltyInputs.newProgram(input));
    }

    @DgsMutation
    ProgramView updateLoyaltyProgram(@InputArgument String id, @InputArgument Map<String, Object> input) {
        return programs.update(Ids.parse("id", id), LoyaltyInputs.programPatch(input));
    }

    @DgsMutation
    ProgramView deactivateLoyaltyProgram(@InputArgument String id) {
        return programs.deactivate(Ids.parse("id", id));
    }

    @DgsMutation
    RewardView createReward(@InputArgument Map<String, Object> input) {
        return rewards.create(LoyaltyInputs.newReward(input));
    }

    @DgsMutation
    RewardView updateReward(@InputArgument String id, @InputArgument Map<String, Object> input) {
        return rewards.update(Ids.parse("id", id), LoyaltyInputs.rewardPatch(input));
    }

    @DgsMutation
    RewardView deactivateReward(@InputArgument String id) {
        return rewards.deactivate(Ids.parse("id", id));
    }

    /** Uses a data loader so a list of programs costs one statement for all catalogues. */
    @DgsData(parentType = "LoyaltyProgram", field = "rewards")
    CompletableFuture<List<RewardView>> rewards(DgsDataFetchingEnvironment environment) {
        ProgramView program = environment.getSourceOrThrow();
        Boolean includeInactive = environment.getArgument("includeInactive");
        DataLoader<LoyaltyLoaders.RewardsKey, List<RewardView>> loader =
                environment.getDataLoader(LoyaltyLoaders.REWARDS_OF_PROGRAMS);
        return loader.load(new LoyaltyLoaders.RewardsKey(program.businessId(), program.id(),
                Boolean.TRUE.equals(includeInactive)));
    }

    @DgsData(parentType = "Reward", field = "program")
    CompletableFuture<ProgramView> rewardProgram(DgsDataFetchingEnvironment environment) {
        RewardView reward = environment.getSourceOrThrow();
        DataLoader<TenantKey, ProgramView> loader = environment.getDataLoader(LoyaltyLoaders.PROGRAMS);
        return loader.load(new TenantKey(reward.businessId(), reward.programId()));
    }
}
