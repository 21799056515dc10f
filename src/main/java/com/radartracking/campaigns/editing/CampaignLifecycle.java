package com.radartracking.campaigns.editing;

import com.radartracking.campaigns.model.Campaign;
import com.radartracking.campaigns.model.CampaignKind;
import com.radartracking.campaigns.model.CampaignStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

/**
 * Where a lifecycle change leaves a campaign, without the database: which statuses a change starts from, and
 * the status and next run a campaign (already checked by {@link CampaignRules}) takes when it is activated or
 * resumed at {@code now}.
 *
 * <p>A campaign waiting for its start is SCHEDULED with {@code next_run_at} at that start (startsAt, or a one-off's
 * sendAt): the time schedulers pick it up then, set it ACTIVE and take its first run from
 * {@code RunTimes.next(campaign, next_run_at - 1 ns, zone)} (a one-off's sendAt itself is that first run). A
 * running campaign is ACTIVE with {@code next_run_at} at its first scheduler run (now for a one-off without
 * sendAt), or null for event triggers, which wait for their events.
 */
final class CampaignLifecycle {

    static final Set<CampaignStatus> EDITABLE = Set.of(CampaignStatus.DRAFT, CampaignStatus.PAUSED);
    static final Set<CampaignStatus> PAUSABLE = Set.of(CampaignStatus.SCHEDULED, CampaignStatus.ACTIVE);

    private CampaignLifecycle() {
    }

    /** A status and the next run that goes with it (null: none). */
    record State(CampaignStatus status, Instant nextRunAt) {
    }

    /** Activation, or a resume that is not past the end: SCHEDULED until the start, else ACTIVE. */
    static State start(Campaign campaign, Instant now, ZoneId zone) {
        Instant start = campaign.startsAt() != null && campaign.startsAt().isAfter(now) ? campaign.startsAt() : null;
        Instant sendAt = CampaignRules.sendAt(campaign);
        if (start == null && sendAt != null && sendAt.isAfter(now)) {
            start = sendAt;
        }
        if (start != null) {
            return new State(CampaignStatus.SCHEDULED, start);
        }
        Instant next = CampaignRules.timeBased(campaign) ? CampaignRules.firstRun(campaign, now, zone).orElse(null) : null;
        return new State(CampaignStatus.ACTIVE, next);
    }

    /**
     * Whether a paused campaign has nothing left to do: past its end, or a one-off that already ran. Missed
     * occurrences of a recurring or triggered campaign are not made up; it continues from now.
     */
    static boolean finished(Campaign campaign, Instant now) {
        return campaign.endsAt() != null && !now.isBefore(campaign.endsAt())
                || campaign.kind() == CampaignKind.ONE_OFF && campaign.lastRunAt() != null;
    }
}
