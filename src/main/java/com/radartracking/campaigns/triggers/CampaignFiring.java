package com.radartracking.campaigns.triggers;

import com.radartracking.campaigns.engine.CampaignDeliveries;
import com.radartracking.campaigns.model.Campaign;
import com.radartracking.campaigns.model.CampaignStore;
import com.radartracking.campaigns.triggers.TriggerMetrics.Outcome;
import com.radartracking.campaigns.triggers.TriggerSavepoint.Name;
import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.push.TriggeredPushes;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Decides what one event means for the business's campaigns of its trigger type, inside the publisher's
 * transaction: the running campaigns whose parameters select the event, within their dates, whose audience
 * (segment, location scope) includes the customer, past their cooldown (geofence campaigns), then an
 * exactly-once delivery keyed by the event's occurrence, through the push pipeline (consent, devices,
 * quiet hours and the frequency cap shared with every other send).
 *
 * <p>Never throws for a campaign's sake: a refused message or an unexpected error is undone back to a
 * savepoint, logged and counted, and the other campaigns and the publisher's own work go on. Only a
 * missing transaction or tenant (a publisher's bug) or a failing database (the undo itself fails) propagate.
 */
@Component
class CampaignFiring {

    private static final Logger log = LoggerFactory.getLogger(CampaignFiring.class);

    private final CampaignStore campaigns;
    private final TriggerAudience audience;
    private final TriggerCooldowns cooldowns;
    private final CampaignDeliveries deliveries;
    private final TriggeredPushes pushes;
    private final TriggerSavepoint savepoint;
    private final TriggerMetrics metrics;
    private final Clock clock;

    CampaignFiring(CampaignStore campaigns, TriggerAudience audience, TriggerCooldowns cooldowns,
            CampaignDeliveries deliveries, TriggeredPushes pushes, TriggerSavepoint savepoint, TriggerMetrics metrics,
            Clock clock) {
        this.campaigns = campaigns;
        this.audience = audience;
        this.cooldowns = cooldowns;
        this.deliveries = deliveries;
        this.pushes = pushes;
        this.savepoint = savepoint;
        this.metrics = metrics;
        this.clock = clock;
    }

    void fire(Firing firing) {
        requirePublishersContext(firing);
        // Outside any savepoint: the common case (no campaign of this type) costs one indexed query only.
        List<Campaign> candidates = campaigns.active(firing.type()).stream()
                .filter(campaign -> campaign.trigger() != null && firing.matches().test(campaign.trigger()))
                .sorted(Comparator.comparing(Campaign::id))
                .toList();
        if (candidates.isEmpty()) {
            return;
        }
        // Dates on the server's clock: what counts is when the message would go out, not the device's time.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Campaign> running = candidates.stream().filter(campaign -> campaign.sendsAt(now)).toList();
        candidates.stream().filter(campaign -> !campaign.sendsAt(now))
                .forEach(campaign -> metrics.countOnCommit(firing.type(), Outcome.OUTSIDE_DATES));
        if (running.isEmpty()) {
            return;
        }
        Set<UUID> withoutSegment = new HashSet<>();
        Set<UUID> included;
        savepoint.set(Name.AUDIENCE);
        try {
            included = audience.including(running, firing.customerId(), withoutSegment);
            savepoint.release(Name.AUDIENCE);
        } catch (RuntimeException e) {
            log.error("Campaign trigger {} for {}: the audience check failed; undone, the event is kept",
                    firing.type(), firing.event(), e);
            savepoint.undo(Name.AUDIENCE);
            running.forEach(campaign -> metrics.countOnCommit(firing.type(), Outcome.FAILED));
            return;
        }
        for (Campaign campaign : running) {
            Outcome outcome;
            if (withoutSegment.contains(campaign.id())) {
                log.warn("Campaign {} ({}) cannot fire: its segment {} no longer exists", campaign.id(),
                        campaign.name(), campaign.segmentId());
                outcome = Outcome.NO_SEGMENT;
            } else if (!included.contains(campaign.id())) {
                outcome = Outcome.NOT_IN_AUDIENCE;
            } else {
                outcome = decideUndoable(campaign, firing);
            }
            metrics.countOnCommit(firing.type(), outcome);
        }
    }

    private Outcome decideUndoable(Campaign campaign, Firing firing) {
        savepoint.set(Name.CAMPAIGN);
        Outcome outcome;
        try {
            outcome = decide(campaign, firing);
        } catch (CampaignDeliveries.MessageRefused refused) {
            log.warn("Campaign {} for {}: {}", campaign.id(), firing.event(), refused.getMessage());
            outcome = Outcome.REJECTED;
        } catch (RuntimeException e) {
            log.error("Campaign {} for {} failed; undone, the event is kept", campaign.id(), firing.event(), e);
            outcome = Outcome.FAILED;
        }
        if (outcome == Outcome.REJECTED || outcome == Outcome.FAILED) {
            savepoint.undo(Name.CAMPAIGN);
        } else {
            savepoint.release(Name.CAMPAIGN);
        }
        return outcome;
    }

    private Outcome decide(Campaign campaign, Firing firing) {
        UUID customer = firing.customerId();
        if (firing.cooldown()) {
            cooldowns.lock(campaign.id(), customer);
            if (cooldowns.deliveredWithin(campaign.id(), customer, campaign.trigger().cooldownHoursOrDefault())) {
                var message = campaign.message();
                pushes.recordSkip(new TriggeredPushes.TriggeredPush(TriggeredPushes.Source.CAMPAIGN, campaign.id(),
                        customer, message.title(), message.body(), message.imageUrl(), message.deepLink(),
                        message.data()), TriggeredPushes.SkipReason.COOLDOWN);
                return Outcome.COOLDOWN;
            }
        }
        CampaignDeliveries.Delivered delivered = deliveries.deliver(campaign,
                List.of(new CampaignDeliveries.Recipient(customer, firing.occurrence())));
        if (delivered.claimed() == 0) {
            return Outcome.DUPLICATE;
        }
        return delivered.notifications() > 0 ? Outcome.SENT : Outcome.SKIPPED;
    }

    /**
     * The publisher stores its event in its transaction under the event's business, and the deliveries are
     * written there too (row-level security checks every row against that tenant): anything else is a bug
     * upstream, not a campaign's failure.
     */
    private static void requirePublishersContext(Firing firing) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException(firing.event() + " must be published inside its transaction");
        }
        UUID tenant = TenantContext.current().orElse(null);
        if (!firing.businessId().equals(tenant)) {
            throw new IllegalStateException(firing.event() + " of business " + firing.businessId()
                    + " published under tenant " + tenant);
        }
    }
}
