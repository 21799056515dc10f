package com.radartracking.geofencing.geopush;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@code radar_geopush_total{outcome}}: GeoPush decisions that committed (a decision rolled back with its
 * ping is not counted). SENT, COOLDOWN and OUTSIDE_SCHEDULE are the recorded outcomes; REJECTED (the zone's
 * message cannot be sent, e.g. over 4 KB once personalised) and FAILED (an unexpected error, undone to
 * keep the ping) are recorded nowhere else, so any increase of those needs a look at the logs.
 */
@Component
class GeoPushMetrics {

    enum Outcome {
        SENT, COOLDOWN, OUTSIDE_SCHEDULE, REJECTED, FAILED
    }

    private final Map<Outcome, Counter> counters = new EnumMap<>(Outcome.class);

    GeoPushMetrics(MeterRegistry registry) {
        for (Outcome outcome : Outcome.values()) {
            counters.put(outcome, Counter.builder("radar.geopush").description("GeoPush decisions, by outcome")
                    .tag("outcome", outcome.name()).register(registry));
        }
    }

    /** Counts {@code outcome} once the surrounding transaction commits. */
    void countOnCommit(Outcome outcome) {
        Counter counter = counters.get(outcome);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                counter.increment();
            }
        });
    }
}
