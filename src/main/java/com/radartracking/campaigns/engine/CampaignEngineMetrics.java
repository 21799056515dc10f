package com.radartracking.campaigns.engine;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The time scheduler's meters: {@code radar_campaign_runs_total{outcome}} (runs by how they ended),
 * {@code radar_campaign_claimed_total} (customers claimed by scheduled runs and time triggers),
 * {@code radar_campaign_paused_total{reason}} (campaigns the scheduler paused: SEGMENT_GONE, MESSAGE_REFUSED;
 * any increase needs someone to fix the campaign) and {@code radar_campaign_poll_failures_total} (a
 * campaign's run failed unexpectedly; it is retried on the next poll).
 */
@Component
class CampaignEngineMetrics {

    private final Map<CampaignRunner.Outcome, Counter> runs = new EnumMap<>(CampaignRunner.Outcome.class);
    private final Counter claimed;
    private final Counter failures;
    private final MeterRegistry registry;

    CampaignEngineMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (CampaignRunner.Outcome outcome : CampaignRunner.Outcome.values()) {
            runs.put(outcome, Counter.builder("radar.campaign.runs").description("Campaign scheduler runs, by outcome")
                    .tag("outcome", outcome.name()).register(registry));
        }
        claimed = Counter.builder("radar.campaign.claimed")
                .description("Customers claimed by scheduled campaign runs and time triggers").register(registry);
        failures = Counter.builder("radar.campaign.poll.failures")
                .description("Campaign runs that failed unexpectedly (retried on the next poll)").register(registry);
    }

    void run(CampaignRunner.Outcome outcome, long customers) {
        runs.get(outcome).increment();
        claimed.increment(customers);
    }

    void paused(String reason) {
        runs.get(CampaignRunner.Outcome.PAUSED).increment();
        Counter.builder("radar.campaign.paused").description("Campaigns paused by the scheduler, by reason")
                .tag("reason", reason).register(registry).increment();
    }

    void failed() {
        failures.increment();
    }
}
