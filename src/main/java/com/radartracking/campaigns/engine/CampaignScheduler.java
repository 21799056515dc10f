package com.radartracking.campaigns.engine;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Polls for due campaigns every {@code radar.campaigns.poll} (30 s), unless
 * {@code radar.campaigns.scheduler-enabled=false}. The ShedLock guard is on {@link CampaignPoll#runDue()}, a
 * separate bean, so the call goes through its proxy (tests call it the same way).
 */
@Component
class CampaignScheduler {

    private final CampaignPoll poll;
    private final CampaignEngineProperties properties;

    CampaignScheduler(CampaignPoll poll, CampaignEngineProperties properties) {
        this.poll = poll;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "${radar.campaigns.poll:30s}", initialDelayString = "${radar.campaigns.initial-delay:30s}")
    void poll() {
        if (properties.schedulerEnabled()) {
            poll.runDue();
        }
    }
}
