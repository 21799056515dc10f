package com.radartracking.campaigns.engine;

import com.radartracking.platform.jobs.JobShutdown;
import com.radartracking.platform.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One pass of the campaign time scheduler: the due campaigns of every business ({@code campaigns_due}, a
 * definer function, since row-level security hides other tenants' rows), each run under its own tenant.
 * One instance at a time across the fleet (ShedLock on database time); the lock's {@code lockAtMostFor}
 * (30 minutes) is three times the poll budget (10 minutes), after which no new batch starts. Even if a lock
 * expired mid-poll, nothing is sent twice: each batch locks the campaign row and claims through the unique
 * (campaign, customer, occurrence) key. An instance shutting down stops its run between batches
 * ({@link JobShutdown}) so this returns and the lock is released rather than held until it expires.
 */
@Component
public class CampaignPoll {

    private static final Logger log = LoggerFactory.getLogger(CampaignPoll.class);

    private final JdbcTemplate jdbc;
    private final CampaignRunner runner;
    private final CampaignEngineMetrics metrics;
    private final CampaignEngineProperties properties;
    private final JobShutdown shutdown;
    private final Clock clock;

    CampaignPoll(JdbcTemplate jdbc, CampaignRunner runner, CampaignEngineMetrics metrics,
            CampaignEngineProperties properties, JobShutdown shutdown, Clock clock) {
        this.jdbc = jdbc;
        this.runner = runner;
        this.metrics = metrics;
        this.properties = properties;
        this.shutdown = shutdown;
        this.clock = clock;
    }

    /** What a poll did: the due campaigns it found and the runs per outcome. */
    public record Result(int due, List<CampaignRunner.Run> runs, int failures) {
    }

    private record Due(UUID businessId, UUID campaignId) {
    }

    /**
     * Runs the due campaigns; null when another instance (or thread) holds the lock (ShedLock skips the call).
     */
    @SchedulerLock(name = "campaigns-due", lockAtMostFor = "${radar.campaigns.lock-at-most-for:PT30M}",
            lockAtLeastFor = "${radar.campaigns.lock-at-least-for:PT5S}")
    public Result runDue() {
        Instant deadline = clock.instant().plus(properties.pollBudget());
        List<Due> due = jdbc.query("select business_id, campaign_id from campaigns_due(?)",
                (rs, row) -> new Due(rs.getObject("business_id", UUID.class), rs.getObject("campaign_id", UUID.class)),
                properties.duePerPoll());
        List<CampaignRunner.Run> runs = new java.util.ArrayList<>();
        int failures = 0;
        for (Due campaign : due) {
            // A stopping instance starts no further campaign: the poll returns so ShedLock releases the lock.
            if (!clock.instant().isBefore(deadline) || shutdown.stopping()) {
                break;
            }
            MDC.put("businessId", campaign.businessId().toString());
            MDC.put("campaignId", campaign.campaignId().toString());
            try {
                runs.add(TenantContext.callAs(campaign.businessId(), () -> runner.run(campaign.campaignId(), deadline)));
            } catch (RuntimeException e) {
                failures++;
                metrics.failed();
                log.error("Campaign {} of business {}: run failed; retried on the next poll", campaign.campaignId(),
                        campaign.businessId(), e);
            } finally {
                MDC.remove("businessId");
                MDC.remove("campaignId");
            }
        }
        if (!due.isEmpty()) {
            log.info("Campaign poll: {} due, {} run, {} failed", due.size(), runs.size(), failures);
        }
        return new Result(due.size(), runs, failures);
    }
}
