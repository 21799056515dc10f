package com.radartracking.campaigns.engine;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the campaign time scheduler ({@code radar.campaigns.*}); the defaults suit production.
 *
 * @param schedulerEnabled whether this instance polls for due campaigns (tests drive {@link CampaignPoll} themselves)
 * @param poll how often a poll starts (one still running, here or elsewhere, makes it return at once)
 * @param initialDelay how long after start-up the first poll runs
 * @param duePerPoll at most this many due campaigns are taken per poll (the rest wait for the next one)
 * @param batchSize customers claimed and sent to per transaction in a run (1 to 10,000)
 * @param workers transactions claiming one run's batches at once, each over its own range of customer ids (1 to
 *     8): the work is mostly the database's, and one transaction uses one of its cores
 * @param pollBudget a poll stops starting new batches after this long; an unfinished run resumes on the next
 *     poll (its next run is only recorded once complete). Keeps a poll well inside the ShedLock
 *     {@code lockAtMostFor} ({@code radar.campaigns.lock-at-most-for}, 30 minutes by default)
 */
@ConfigurationProperties("radar.campaigns")
public record CampaignEngineProperties(
        @DefaultValue("true") boolean schedulerEnabled,
        @DefaultValue("30s") Duration poll,
        @DefaultValue("30s") Duration initialDelay,
        @DefaultValue("100") int duePerPoll,
        @DefaultValue("10000") int batchSize,
        @DefaultValue("2") int workers,
        @DefaultValue("10m") Duration pollBudget) {

    public CampaignEngineProperties {
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException("radar.campaigns.batch-size must be 1 to 10,000");
        }
        if (workers < 1 || workers > 8) {
            throw new IllegalArgumentException("radar.campaigns.workers must be 1 to 8");
        }
        if (duePerPoll < 1) {
            throw new IllegalArgumentException("radar.campaigns.due-per-poll must be at least 1");
        }
    }
}
