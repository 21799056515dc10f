package com.radartracking.identity;

import com.radartracking.platform.jobs.TenantJobRunner;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes refresh tokens that expired more than a week ago (kept a little while so that a late
 * reuse still shows up as a reuse in the activity log rather than as an unknown token), business by
 * business, on one instance at a time. Each business's delete is its own transaction (a business's refresh tokens
 * are its staff's sessions: few), and an instance shutting down starts no further business
 * ({@link TenantJobRunner}): the next run deletes what is left.
 */
@Component
class ExpiredSessionCleanupJob {

    private static final Logger log = LoggerFactory.getLogger(ExpiredSessionCleanupJob.class);
    static final Duration GRACE = Duration.ofDays(7);

    private final TenantJobRunner runner;
    private final RefreshTokenRepository refreshTokens;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ExpiredSessionCleanupJob(TenantJobRunner runner, RefreshTokenRepository refreshTokens,
            TransactionTemplate transactions, Clock clock) {
        this.runner = runner;
        this.refreshTokens = refreshTokens;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${radar.jobs.session-cleanup-cron:0 17 3 * * *}")
    @SchedulerLock(name = "expired-session-cleanup", lockAtMostFor = "PT1H", lockAtLeastFor = "PT1M")
    void run() {
        AtomicInteger deleted = new AtomicInteger();
        TenantJobRunner.Result result = runner.forEachBusiness("expired-session-cleanup", businessId ->
                deleted.addAndGet(transactions.execute(status ->
                        refreshTokens.deleteExpiredBefore(clock.instant().minus(GRACE)))));
        log.info("Expired session clean-up deleted {} refresh tokens ({} businesses failed{})", deleted.get(),
                result.failures(), result.stoppedByShutdown() ? "; stopped by shutdown, the next run does the rest" : "");
    }
}
