package com.radartracking.campaigns.triggers;

import com.radartracking.campaigns.model.TriggerType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@code radar_campaign_triggered_total{trigger, outcome}}: one per campaign an event concerned (its trigger
 * and parameters matched), counted when the publisher's transaction commits (a decision rolled back with its
 * ping or visit is not counted). REJECTED and FAILED are undone and recorded nowhere else: any increase of
 * those needs a look at the logs.
 */
@Component
class TriggerMetrics {

    enum Outcome {
        /** Claimed and sent: notifications written (possibly held by quiet hours or the frequency cap). */
        SENT,
        /** Claimed; the push pipeline skipped the customer (no consent, no device, stale token: its push skip). */
        SKIPPED,
        /** Already delivered for this occurrence (nothing claimed). */
        DUPLICATE,
        /** The campaign reached the customer within its cooldown (recorded as a COOLDOWN push skip). */
        COOLDOWN,
        /** The customer is not in the campaign's segment or location scope. */
        NOT_IN_AUDIENCE,
        /** Before the campaign's startsAt or at/after its endsAt. */
        OUTSIDE_DATES,
        /** The campaign's segment no longer exists: it cannot run until edited. */
        NO_SEGMENT,
        /** The push pipeline refused the message (invalid or over 4 KB once personalised): undone. */
        REJECTED,
        /** An unexpected error: undone, the publisher's work kept. */
        FAILED
    }

    private final Map<TriggerType, Map<Outcome, Counter>> counters = new EnumMap<>(TriggerType.class);

    TriggerMetrics(MeterRegistry registry) {
        for (TriggerType trigger : TriggerType.values()) {
            if (trigger.timed()) {
                continue;
            }
            Map<Outcome, Counter> byOutcome = new EnumMap<>(Outcome.class);
            for (Outcome outcome : Outcome.values()) {
                byOutcome.put(outcome, Counter.builder("radar.campaign.triggered")
                        .description("Event-triggered campaign decisions, by trigger and outcome")
                        .tag("trigger", trigger.name()).tag("outcome", outcome.name()).register(registry));
            }
            counters.put(trigger, byOutcome);
        }
    }

    /** Counts {@code outcome} once the surrounding transaction commits. */
    void countOnCommit(TriggerType trigger, Outcome outcome) {
        Counter counter = counters.get(trigger).get(outcome);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                counter.increment();
            }
        });
    }
}
