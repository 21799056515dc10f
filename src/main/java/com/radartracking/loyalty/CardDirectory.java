package com.radartracking.loyalty;

import com.radartracking.customers.CardCodeResolver;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules read about cards: a customer's cards with the rewards they pay for now (the
 * mobile app), and the holder of a scanned or typed code (visits recorded by card).
 */
@Component
class CardDirectory implements LoyaltyCards, CardCodeResolver {

    private final CardStore cards;
    private final ProgramQueries programs;

    CardDirectory(CardStore cards, ProgramQueries programs) {
        this.cards = cards;
        this.programs = programs;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CardSummary> cardsOf(UUID customerId) {
        List<CardView> found = cards.ofCustomers(List.of(customerId), true).getOrDefault(customerId, List.of());
        if (found.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<RewardView>> rewards = programs.rewardsOf(
                found.stream().map(card -> card.program().id()).toList(), false);
        return found.stream().map(card -> summary(card, rewards.getOrDefault(card.program().id(), List.of()))).toList();
    }

    static CardSummary summary(CardView card, List<RewardView> rewards) {
        ProgramView program = card.program();
        List<RewardSummary> affordable = affordable(card, rewards).stream()
                .map(reward -> new RewardSummary(reward.id(), reward.name(), reward.cost())).toList();
        return new CardSummary(card.id(), program.id(), program.name(), program.kind(), card.code(), card.qrPayload(),
                card.balance(), program.stampsPerReward(), affordable, card.lastActivityAt());
    }

    /** The offered rewards (active, in stock) the card's balance pays for now, cheapest first. */
    static List<RewardView> affordable(CardView card, List<RewardView> rewards) {
        return rewards.stream().filter(RewardView::offered).filter(reward -> reward.cost() <= card.balance()).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UUID> customerIdForCardCode(String code) {
        return cards.byCode(code).map(CardView::customerId);
    }
}
