package com.radartracking.campaigns.reports;

import com.radartracking.campaigns.engine.CampaignAudience;
import com.radartracking.campaigns.engine.RunTimes;
import com.radartracking.campaigns.model.Campaign;
import com.radartracking.campaigns.model.CampaignStatus;
import com.radartracking.campaigns.model.CampaignStore;
import com.radartracking.campaigns.model.TriggerType;
import com.radartracking.platform.security.Actor;
import com.radartracking.platform.security.CurrentActor;
import com.radartracking.platform.security.LocationAccess;
import com.radartracking.platform.security.Role;
import com.radartracking.push.PushReach;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A campaign's dry run: who its run or trigger would choose now (its audience and the trigger's rule), how
 * push would treat them at the next run (consent, devices, frequency cap, quiet hours: push's own rules),
 * when it runs over the next days, and why nothing would go out when so. Reads only; any status. Staff read
 * their locations' share (see {@link #staffShare}).
 */
@Service
class DryRunService {

    static final int DEFAULT_DAYS = 7;
    static final int MAX_DAYS = 31;
    static final int SAMPLE_SIZE = 10;

    private final CampaignStore campaigns;
    private final CampaignAudience audiences;
    private final PushReach push;
    private final UpcomingRuns runs;
    private final LocationAccess locations;

    DryRunService(CampaignStore campaigns, CampaignAudience audiences, PushReach push, UpcomingRuns runs,
            LocationAccess locations) {
        this.campaigns = campaigns;
        this.audiences = audiences;
        this.push = push;
        this.runs = runs;
        this.locations = locations;
    }

    @Transactional(readOnly = true)
    CampaignDryRun dryRun(String id, Integer requestedDays) {
        Actor actor = CurrentActor.requireRole(Role.ADMIN, Role.ANALYST, Role.STAFF);
        int days = requestedDays == null ? DEFAULT_DAYS : requestedDays;
        if (days < 1 || days > MAX_DAYS) {
            throw CampaignReportException.badInput("days", "OUT_OF_RANGE", "days must be 1 to " + MAX_DAYS);
        }
        Campaign campaign = campaigns.find(campaignId(id)).orElseThrow(() -> CampaignReportException.notFound(id));
        ZoneId zone = campaigns.timeZone();
        Instant now = Instant.now();
        Instant until = now.plus(Duration.ofDays(days));
        List<String> warnings = new ArrayList<>(statusWarnings(campaign, now));
        boolean ended = campaign.status() == CampaignStatus.COMPLETED || campaign.status() == CampaignStatus.ARCHIVED
                || (campaign.endsAt() != null && !now.isBefore(campaign.endsAt()));

        MapSqlParameterSource params = new MapSqlParameterSource();
        Optional<String> audience = audiences.where(campaign, params).map(where -> staffShare(actor, where, params));
        if (audience.isEmpty()) {
            warnings.add("The campaign's segment " + campaign.segmentId()
                    + " no longer exists: nobody qualifies until the campaign is edited");
            return new CampaignDryRun(campaign.businessId(), 0, 0, List.of(), List.of(), List.of(), warnings);
        }
        String qualifying = TriggerRules.qualifying(campaign, audience.get(), params, now, zone);
        PushReach.Reach reach = push.reach(qualifying, params.getValues(), nextRun(campaign, now, zone),
                SAMPLE_SIZE);
        List<CampaignDryRun.Occurrence> upcoming = ended ? List.of()
                : runs.upcoming(campaign, qualifying, audience.get(), params, reach.customers(), now, until, zone);

        warnings.addAll(scheduleWarnings(campaign, upcoming, ended, now, zone, days));
        if (reach.customers() == 0) {
            warnings.add("No customer qualifies now");
        } else if (reach.reachable() == 0) {
            warnings.add("All " + reach.customers()
                    + " qualifying customers would be skipped: none has push consent and a fresh device");
        } else if (held(reach, "FREQUENCY_CAP") + held(reach, "QUIET_HOURS") >= reach.reachable()) {
            warnings.add("Every reachable customer would be held back (quiet hours or frequency cap) at the next run");
        }
        return new CampaignDryRun(campaign.businessId(), reach.customers(), reach.reachable(),
                SkipCount.of(reach.heldBack(), PushReach.REASONS), upcoming, reach.sample(), List.copyOf(warnings));
    }

    /**
     * Staff see their locations' share, as in the funnel: the customers of their locations (preferring one
     * or having visited one), so no count or sampled customer tells them about the rest of the business. A
     * Staff user left without locations sees nobody.
     */
    private String staffShare(Actor actor, String where, MapSqlParameterSource params) {
        if (locations.seesAllLocations(actor)) {
            return where;
        }
        params.addValue("staffLocations", locations.assignedLocationIds(actor.userId()).toArray(UUID[]::new));
        return where + " and " + CampaignAudience.customerOfLocations("staffLocations");
    }

    /** When push would take the message: the next run, or now for event triggers and sends "at once". */
    private static Instant nextRun(Campaign campaign, Instant now, ZoneId zone) {
        return RunTimes.next(campaign, now, zone).orElse(now);
    }

    private static List<String> statusWarnings(Campaign campaign, Instant now) {
        List<String> warnings = new ArrayList<>();
        switch (campaign.status()) {
            case PAUSED -> warnings.add("Paused: nothing is sent until the campaign is resumed");
            case COMPLETED, ARCHIVED -> warnings.add("The campaign has ended (" + campaign.status() + "): it sends nothing more");
            default -> { }
        }
        if (campaign.endsAt() != null && !now.isBefore(campaign.endsAt())
                && campaign.status() != CampaignStatus.COMPLETED && campaign.status() != CampaignStatus.ARCHIVED) {
            warnings.add("The campaign ended at " + campaign.endsAt() + ": it sends nothing more");
        }
        return warnings;
    }

    private static List<String> scheduleWarnings(Campaign campaign, List<CampaignDryRun.Occurrence> upcoming,
            boolean ended, Instant now, ZoneId zone, int days) {
        TriggerType type = campaign.triggerType();
        if (type != null && !type.timed()) {
            return List.of(type + " fires on events (a zone entered, points reached, a reward unlocked): the counts"
                    + " are the customers who could receive it when their event happens");
        }
        if (ended || !upcoming.isEmpty()) {
            return List.of();
        }
        Optional<Instant> next = RunTimes.next(campaign, now, zone);
        if (next.isEmpty()) {
            return List.of(campaign.endsAt() != null
                    ? "The schedule never fires before the campaign ends at " + campaign.endsAt()
                    : "The schedule never fires again");
        }
        if (type == TriggerType.WELCOME || type == TriggerType.AFTER_VISIT) {
            return List.of("Nobody who already " + (type == TriggerType.WELCOME ? "joined" : "visited")
                    + " falls due in the next " + days + " days; new customers are checked every few minutes");
        }
        return List.of("The schedule does not fire in the next " + days + " days (next: " + next.get() + ")");
    }

    private static int held(PushReach.Reach reach, String reason) {
        return reach.heldBack().getOrDefault(reason, 0);
    }

    private static UUID campaignId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw CampaignReportException.notFound(id);
        }
    }
}
