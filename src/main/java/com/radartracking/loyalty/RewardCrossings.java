package com.radartracking.loyalty;

import com.radartracking.platform.tenancy.TenantContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes {@link RewardAvailable} for every offered reward whose cost a credit made affordable: the
 * balance was below the cost before and reaches it now.
 */
@Component
class RewardCrossings {

    private final ProgramQueries programs;
    private final ApplicationEventPublisher events;

    RewardCrossings(ProgramQueries programs, ApplicationEventPublisher events) {
        this.programs = programs;
        this.events = events;
    }

    void publish(UUID programId, CardStore.LockedCard card, long before, Instant now) {
        long after = card.balance();
        if (after <= before) {
            return;
        }
        List<RewardView> rewards = programs.rewardsOf(List.of(programId), false).getOrDefault(programId, List.of());
        for (RewardView reward : crossed(rewards, before, after)) {
            events.publishEvent(new RewardAvailable(TenantContext.require(), card.customerId(), card.id(), programId,
                    reward.id(), reward.name(), reward.cost(), after, now));
        }
    }

    static List<RewardView> crossed(List<RewardView> rewards, long before, long after) {
        return rewards.stream().filter(RewardView::offered)
                .filter(reward -> reward.cost() > before && reward.cost() <= after).toList();
    }
}
