package com.radartracking.loyalty;

import com.radartracking.audit.ActivityLog;
import com.radartracking.platform.security.CurrentActor;
import com.radartracking.platform.security.Role;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rewards catalogue (Admins). Changes lock the reward row first, as redemptions do, so a rename can
 * never write back a stock that a simultaneous redemption has just decremented.
 */
@Service
class RewardService {

    static final long MAX_COST = 1_000_000_000L;
    static final int MAX_STOCK = 1_000_000;

    private final RewardRepository rewards;
    private final ProgramQueries programs;
    private final ActivityLog activityLog;
    private final Clock clock;

    RewardService(RewardRepository rewards, ProgramQueries programs, ActivityLog activityLog, Clock clock) {
        this.rewards = rewards;
        this.programs = programs;
        this.activityLog = activityLog;
        this.clock = clock;
    }

    @Transactional
    RewardView create(LoyaltyInputs.NewReward input) {
        CurrentActor.requireRole(Role.ADMIN);
        if (input.programId() == null) {
            throw LoyaltyException.badInput("programId", "Say which program the reward belongs to");
        }
        ProgramView program = programs.program(input.programId())
                .orElseThrow(() -> LoyaltyException.programNotFound(input.programId()));
        Long cost = input.cost();
        if (cost == null && program.kind() == LoyaltyCards.ProgramKind.STAMPS) {
            cost = program.stampsPerReward().longValue();
        }
        if (cost == null) {
            throw LoyaltyException.badInput("cost", "Say how many points the reward costs");
        }
        Reward.Details details = validate(new Reward.Details(input.name(), input.description(), cost, input.stock()));
        Reward reward = rewards.saveAndFlush(new Reward(program.id(), details, now()));
        activityLog.record("loyalty.reward_created", "Reward", reward.getId(),
                Map.of("programId", program.id(), "name", details.name(), "cost", details.cost()));
        return reward.view();
    }

    @Transactional
    RewardView update(UUID id, LoyaltyInputs.RewardPatch patch) {
        CurrentActor.requireRole(Role.ADMIN);
        Reward reward = rewards.findLockedById(id).orElseThrow(() -> LoyaltyException.rewardNotFound(id));
        Reward.Details before = reward.details();
        Reward.Details after = validate(new Reward.Details(
                patch.name() == null ? before.name() : patch.name(),
                patch.description() == null ? before.description() : patch.description(),
                patch.cost() == null ? before.cost() : patch.cost(),
                patch.stock() == null ? before.stock() : patch.stock().orElse(null)));
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(before.name(), after.name())) {
            changed.add("name");
        }
        if (!Objects.equals(before.description(), after.description())) {
            changed.add("description");
        }
        if (before.cost() != after.cost()) {
            changed.add("cost");
        }
        if (!Objects.equals(before.stock(), after.stock())) {
            changed.add("stock");
        }
        Instant now = now();
        reward.apply(after, now);
        if (patch.active() != null && patch.active() != reward.view().active()) {
            reward.setActive(patch.active(), now);
            changed.add("active");
        }
        rewards.flush();
        activityLog.record("loyalty.reward_updated", "Reward", id, Map.of("fields", changed));
        return reward.view();
    }

    @Transactional
    RewardView deactivate(UUID id) {
        CurrentActor.requireRole(Role.ADMIN);
        Reward reward = rewards.findLockedById(id).orElseThrow(() -> LoyaltyException.rewardNotFound(id));
        if (reward.view().active()) {
            reward.setActive(false, now());
            rewards.flush();
        }
        activityLog.record("loyalty.reward_deactivated", "Reward", id);
        return reward.view();
    }

    static Reward.Details validate(Reward.Details details) {
        String name = details.name() == null ? "" : details.name().strip();
        if (name.isEmpty() || name.length() > 80) {
            throw LoyaltyException.badInput("name", "A reward needs a name of 1 to 80 characters");
        }
        String description = details.description() == null ? "" : details.description().strip();
        if (description.length() > 500) {
            throw LoyaltyException.badInput("description", "The description has at most 500 characters");
        }
        if (details.cost() < 1 || details.cost() > MAX_COST) {
            throw LoyaltyException.badInput("cost", "cost must be between 1 and " + MAX_COST);
        }
        if (details.stock() != null && (details.stock() < 0 || details.stock() > MAX_STOCK)) {
            throw LoyaltyException.badInput("stock", "stock must be between 0 and " + MAX_STOCK + ", or null for unlimited");
        }
        return new Reward.Details(name, description, details.cost(), details.stock());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
