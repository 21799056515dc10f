package com.radartracking.campaigns.engine;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts a poll for due campaigns every {@code radar.campaigns.poll} (30 s), unless
 * {@code radar.campaigns.scheduler-enabled=false}. The ShedLock guard is on {@link CampaignPoll#runDue()}, a
 * separate bean, so the call goes through its proxy (tests call it the same way); a poll started while this or
 * another instance's poll still runs finds the lock held and returns at once.
 *
 * <p>A fixed rate, not a fixed delay: with virtual threads Spring's scheduler runs every fixed-delay task on its
 * one scheduler thread, so a run of up to the poll budget (10 minutes) held up the push pipeline's expansion
 * worker (a send to a segment waited for the campaign to finish); fixed-rate runs get a thread each.
 */
@Component
class CampaignScheduler {

    private final CampaignPoll poll;
    private final CampaignEngineProperties properties;

    CampaignScheduler(CampaignPoll poll, CampaignEngineProperties properties) {
        this.poll = poll;
        this.properties = properties;
    }

    @Scheduled(fixedRateString = "${radar.campaigns.poll:30s}", initialDelayString = "${radar.campaigns.initial-delay:30s}")
    void poll() {
        if (properties.schedulerEnabled()) {
            poll.runDue();
        }
    }
}
