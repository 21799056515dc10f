package com.radartracking.campaigns.triggers;

import com.radartracking.campaigns.model.TriggerSettings;
import com.radartracking.campaigns.model.TriggerType;
import com.radartracking.loyalty.PointsAwarded;
import com.radartracking.loyalty.RewardAvailable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * POINTS_THRESHOLD and REWARD_AVAILABLE, decided inside the transaction that moved the balance (a recorded
 * visit or an Admin's credit; loyalty publishes nothing for debits or imported opening balances):
 * synchronous listeners, so the visit or adjustment, its points and the campaign's delivery commit together,
 * and a campaign never fires for one that rolled back.
 */
@Component
class LoyaltyTriggers {

    private final CampaignFiring firing;

    LoyaltyTriggers(CampaignFiring firing) {
        this.firing = firing;
    }

    /** Fires when a visit's or a credit's points carried the balance from below the threshold to it or above. */
    @EventListener
    void on(PointsAwarded event) {
        firing.fire(new Firing(TriggerType.POINTS_THRESHOLD, event.businessId(), event.customerId(),
                "points awarded for " + event.source().name().toLowerCase(Locale.ROOT) + " " + event.sourceId(),
                trigger -> crossed(trigger, event), occurrence(event), false));
    }

    /**
     * The event names no visit (an adjustment can also make a reward affordable): the
     * occurrence is the card and the moment of the balance change, which one transaction shares for all the
     * rewards it made available. So a campaign on any reward sends once however many rewards one visit
     * unlocked, and a later crossing (after a redemption) is a new occurrence.
     */
    @EventListener
    void on(RewardAvailable event) {
        firing.fire(new Firing(TriggerType.REWARD_AVAILABLE, event.businessId(), event.customerId(),
                "reward " + event.rewardId() + " available on card " + event.cardId(), trigger -> selects(trigger, event),
                occurrence(event), false));
    }

    /** The balance went from below the threshold to it or above with these points, in the campaign's program. */
    static boolean crossed(TriggerSettings trigger, PointsAwarded event) {
        return program(trigger, event.programId()) && trigger.points() != null
                && event.balance() - event.points() < trigger.points() && trigger.points() <= event.balance();
    }

    /** The campaign's reward (or any) in its program (or any). */
    static boolean selects(TriggerSettings trigger, RewardAvailable event) {
        return program(trigger, event.programId())
                && (trigger.rewardId() == null || trigger.rewardId().equalsIgnoreCase(event.rewardId().toString()));
    }

    /**
     * Once per visit: a visit crossing the threshold in two programs (campaign on any program) sends once;
     * {@code points:<visit id>} is the format deliveries already carry. An adjustment moves one card, and its
     * ledger entry id is new each time, so each credit that crosses is its own occurrence (never a visit's).
     */
    static String occurrence(PointsAwarded event) {
        return switch (event.source()) {
            case VISIT -> "points:" + event.sourceId();
            case ADJUSTMENT -> "points:adjustment:" + event.sourceId();
        };
    }

    static String occurrence(RewardAvailable event) {
        return "reward:" + event.cardId() + ":" + ChronoUnit.MICROS.between(Instant.EPOCH, event.occurredAt()) + ":"
                + event.balance();
    }

    private static boolean program(TriggerSettings trigger, UUID programId) {
        return trigger.programId() == null || trigger.programId().equalsIgnoreCase(programId.toString());
    }
}
