package com.radartracking.campaigns.engine;

import com.radartracking.audit.ActivityLog;
import com.radartracking.campaigns.model.Campaign;
import com.radartracking.campaigns.model.CampaignKind;
import com.radartracking.campaigns.model.CampaignStatus;
import com.radartracking.campaigns.model.CampaignStore;
import com.radartracking.platform.jobs.JobShutdown;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one due campaign under the current tenant. Every step first locks the campaign row (its own
 * transaction) and re-checks that the run it is doing is still due, so a pause, an edit or another instance
 * finishing the run first is seen at the next batch:
 * <ol>
 *   <li>SCHEDULED whose start has come: ACTIVE, its first run at or after the time it was waiting for;</li>
 *   <li>past endsAt: COMPLETED;</li>
 *   <li>otherwise the run itself: batches of {@link CampaignEngineProperties#batchSize()} customers claimed
 *       and sent to ({@link CampaignDeliveries#deliverBatch}), one transaction each, in
 *       {@link CampaignEngineProperties#workers()} customer id ranges at once ({@link CampaignRangeWalker}),
 *       until each range's batch reads fewer; then the run and the next one are recorded (a ONE_OFF is COMPLETED instead). The next run
 *       is only recorded once the run is complete, so a crash or a spent poll budget resumes it on the next
 *       poll, and the unique (campaign, customer, occurrence) key stops anyone already claimed from being
 *       claimed again.</li>
 * </ol>
 * A campaign whose segment is gone, or whose message the push pipeline refuses, is PAUSED with the reason
 * in the log, the activity log and {@code radar_campaign_paused_total{reason}}: it never loops.
 */
@Component
public class CampaignRunner {

    private static final Logger log = LoggerFactory.getLogger(CampaignRunner.class);

    private final CampaignStore store;
    private final CampaignSelections selections;
    private final CampaignRangeWalker walker;
    private final TransactionTemplate transactions;
    private final ActivityLog activityLog;
    private final CampaignEngineMetrics metrics;
    private final CampaignEngineProperties properties;
    private final JobShutdown shutdown;
    private final Clock clock;

    CampaignRunner(CampaignStore store, CampaignSelections selections, CampaignRangeWalker walker,
            TransactionTemplate transactions, ActivityLog activityLog, CampaignEngineMetrics metrics,
            CampaignEngineProperties properties, JobShutdown shutdown, Clock clock) {
        this.store = store;
        this.selections = selections;
        this.walker = walker;
        this.transactions = transactions;
        this.activityLog = activityLog;
        this.metrics = metrics;
        this.properties = properties;
        this.shutdown = shutdown;
        this.clock = clock;
    }

    /** What a call did. */
    public enum Outcome {
        /** Not (or no longer) due: nothing done. */
        NOT_DUE,
        /** SCHEDULED → ACTIVE; its first run is later. */
        ACTIVATED,
        /** A run completed and the next one was recorded. */
        RAN,
        /** A run completed and the campaign is COMPLETED (a one-off, or no run left before endsAt). */
        COMPLETED,
        /** Stopped between batches (paused, edited or finished elsewhere meanwhile). */
        STOPPED,
        /** The poll budget ran out (or this instance began shutting down) mid-run; the next poll resumes it. */
        INCOMPLETE,
        /** PAUSED: segment gone or message refused. */
        PAUSED
    }

    /** The result of a call: its outcome, the customers it claimed and the notifications written. */
    public record Run(UUID campaignId, Outcome outcome, long claimed, long notifications) {
    }

    /** Runs the campaign (under the current tenant) if it is due now, with a budget of the default poll budget. */
    public Run run(UUID campaignId) {
        return run(campaignId, clock.instant().plus(properties.pollBudget()));
    }

    /** Runs the campaign (under the current tenant) if it is due; starts no batch after {@code deadline}. */
    public Run run(UUID campaignId, Instant deadline) {
        return run(campaignId, deadline, properties.batchSize());
    }

    /** {@link #run(UUID, Instant)} in batches of {@code batchSize} customers (tests use small ones). */
    Run run(UUID campaignId, Instant deadline, int batchSize) {
        return run(campaignId, deadline, batchSize, properties.workers());
    }

    /** {@link #run(UUID, Instant, int)} with {@code workers} transactions at once, each over its own id range. */
    Run run(UUID campaignId, Instant deadline, int batchSize, int workers) {
        Instant now = now();
        ZoneId zone = store.timeZone();
        Start start = transactions.execute(status -> start(campaignId, now, zone));
        if (start.outcome() != null) {
            return new Run(campaignId, start.outcome(), 0, 0);
        }
        Campaign campaign = start.campaign();
        Instant scheduledAt = campaign.nextRunAt();
        // In a transaction: the segment is read under the tenant's row-level security.
        Optional<CampaignSelections.Selection> selection = transactions.execute(status ->
                selections.of(campaign, scheduledAt, zone));
        if (selection.isEmpty()) {
            pause(campaignId, scheduledAt, "SEGMENT_GONE",
                    "its segment " + campaign.segmentId() + " no longer exists");
            return new Run(campaignId, Outcome.PAUSED, 0, 0);
        }
        CampaignRangeWalker.Walk walk = walker.walk(new CampaignRangeWalker.RunBatches(campaignId, scheduledAt,
                selection.get(), batchSize, deadline), workers);
        Outcome outcome = switch (walk.end()) {
            case REFUSED -> {
                pause(campaignId, scheduledAt, "MESSAGE_REFUSED", walk.refusal());
                yield Outcome.PAUSED;
            }
            case STOPPED -> Outcome.STOPPED;
            case INCOMPLETE -> {
                log.info("Campaign {} run of {}: {} after {} customers; resumes on the next poll", campaignId,
                        scheduledAt, shutdown.stopping() ? "instance shutting down" : "poll budget spent",
                        walk.claimed());
                yield Outcome.INCOMPLETE;
            }
            case EXHAUSTED -> transactions.execute(status -> finishIfStillDue(campaignId, scheduledAt, zone));
        };
        if (outcome != Outcome.PAUSED && outcome != Outcome.INCOMPLETE) {
            metrics.run(outcome, walk.claimed());
        }
        return new Run(campaignId, outcome, walk.claimed(), walk.notifications());
    }

    /** The campaign to run (outcome null), or what was done instead. */
    private record Start(Campaign campaign, Outcome outcome) {
    }

    private Start start(UUID campaignId, Instant now, ZoneId zone) {
        Campaign campaign = store.lock(campaignId).orElse(null);
        if (campaign == null || !due(campaign, now)) {
            return new Start(null, Outcome.NOT_DUE);
        }
        if (campaign.endsAt() != null && !now.isBefore(campaign.endsAt())) {
            store.setStatus(campaignId, CampaignStatus.COMPLETED, null, now);
            log.info("Campaign {} completed: past its end {}", campaignId, campaign.endsAt());
            metrics.run(Outcome.COMPLETED, 0);
            return new Start(null, Outcome.COMPLETED);
        }
        if (campaign.status() == CampaignStatus.SCHEDULED) {
            if (campaign.startsAt() != null && now.isBefore(campaign.startsAt())) {
                store.recordRun(campaignId, campaign.lastRunAt(), campaign.startsAt());
                return new Start(null, Outcome.NOT_DUE);
            }
            // The first run at or after the time it was waiting for (a one-off's sendAt, the start).
            Optional<Instant> first = RunTimes.next(campaign, campaign.nextRunAt().minusNanos(1), zone);
            Instant next = first.orElse(null);
            store.setStatus(campaignId, CampaignStatus.ACTIVE, next == null ? campaign.endsAt() : next, now);
            log.info("Campaign {} is ACTIVE from its start; first run {}", campaignId, next);
            campaign = store.lock(campaignId).orElseThrow();
            if (next == null || next.isAfter(now)) {
                metrics.run(Outcome.ACTIVATED, 0);
                return new Start(null, Outcome.ACTIVATED);
            }
        }
        if (!runs(campaign)) {
            // An event-triggered campaign: nothing to run on a clock, only its end to watch.
            store.recordRun(campaignId, campaign.lastRunAt(), campaign.endsAt());
            return new Start(null, Outcome.NOT_DUE);
        }
        return new Start(campaign, null);
    }

    /** Records the run once every range is claimed, unless it was paused, edited or finished elsewhere meanwhile. */
    private Outcome finishIfStillDue(UUID campaignId, Instant scheduledAt, ZoneId zone) {
        Campaign campaign = store.lock(campaignId).orElse(null);
        if (campaign == null || campaign.status() != CampaignStatus.ACTIVE
                || !Objects.equals(campaign.nextRunAt(), scheduledAt)) {
            return Outcome.STOPPED;
        }
        return finish(campaign, scheduledAt, zone);
    }

    /** Records the completed run of {@code campaign} scheduled at {@code scheduledAt}. */
    private Outcome finish(Campaign campaign, Instant scheduledAt, ZoneId zone) {
        Instant now = now();
        if (campaign.kind() == CampaignKind.ONE_OFF) {
            store.recordRun(campaign.id(), now, null);
            store.setStatus(campaign.id(), CampaignStatus.COMPLETED, null, now);
            log.info("Campaign {} (one-off) sent and COMPLETED", campaign.id());
            return Outcome.COMPLETED;
        }
        Instant after = now.isAfter(scheduledAt) ? now : scheduledAt;
        Optional<Instant> next = RunTimes.next(campaign, after, zone);
        if (next.isEmpty() && campaign.endsAt() == null) {
            store.recordRun(campaign.id(), now, null);
            store.setStatus(campaign.id(), CampaignStatus.COMPLETED, null, now);
            return Outcome.COMPLETED;
        }
        // No run left before endsAt: woken at endsAt to be COMPLETED then.
        store.recordRun(campaign.id(), now, next.orElse(campaign.endsAt()));
        return Outcome.RAN;
    }

    private void pause(UUID campaignId, Instant scheduledAt, String reason, String detail) {
        Boolean paused = transactions.execute(status -> {
            Campaign campaign = store.lock(campaignId).orElse(null);
            if (campaign == null || !campaign.status().running() || !Objects.equals(campaign.nextRunAt(), scheduledAt)) {
                return false;
            }
            store.setStatus(campaignId, CampaignStatus.PAUSED, null, now());
            activityLog.recordSystem("campaign.paused", "Campaign", campaignId, Map.of("reason", reason,
                    "detail", detail));
            return true;
        });
        if (Boolean.TRUE.equals(paused)) {
            log.warn("Campaign {} PAUSED by the scheduler ({}): {}", campaignId, reason, detail);
            metrics.paused(reason);
        }
    }

    /** SCHEDULED or ACTIVE with its next run at or before {@code now}. */
    static boolean due(Campaign campaign, Instant now) {
        return (campaign.status() == CampaignStatus.SCHEDULED || campaign.status() == CampaignStatus.ACTIVE)
                && campaign.nextRunAt() != null && !campaign.nextRunAt().isAfter(now);
    }

    /** Whether the scheduler runs this campaign's sends (one-offs, recurring ones and the time triggers). */
    static boolean runs(Campaign campaign) {
        return campaign.kind() != CampaignKind.TRIGGERED || campaign.triggerType().timed();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
