package com.radartracking.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.platform.jobs.JobShutdown;
import com.radartracking.platform.jobs.TenantJobRunner;
import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.support.ApiIntegrationTest;
import com.radartracking.support.TenantFixture;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

/** The clean-up job visits every business under its own tenant and removes only long-expired tokens. */
class ExpiredSessionCleanupJobIT extends ApiIntegrationTest {

    @Autowired
    private ExpiredSessionCleanupJob job;

    @Autowired
    private TransactionTemplate transactions;

    @Autowired
    private RefreshTokenRepository refreshTokens;

    @Autowired
    private Clock clock;

    @Test
    void deletesTokensExpiredBeyondTheGracePeriodInEveryBusinessAndNothingElse() {
        TenantFixture stale = signUpBusiness("Stale Sessions");
        TenantFixture fresh = signUpBusiness("Fresh Sessions");
        inTenant(stale.businessId(), "update refresh_tokens set expires_at = now() - interval '8 days'");
        inTenant(fresh.businessId(), "update refresh_tokens set expires_at = now() - interval '6 days'");

        job.run();

        assertThat(count(stale.businessId())).isZero();
        assertThat(count(fresh.businessId())).isEqualTo(1);
    }

    /**
     * Its instance begins shutting down as the first of two businesses' deletes commits: the run returns (so
     * ShedLock can release the lock) without starting the other business, which keeps its tokens whole until the
     * next run deletes them.
     */
    @Test
    void aRunStoppedByShutdownBetweenBusinessesLeavesTheRestToTheNextRun() {
        UUID first = signUpBusiness("Closing Sessions A").businessId();
        UUID second = signUpBusiness("Closing Sessions B").businessId();
        inTenant(first, "update refresh_tokens set expires_at = now() - interval '8 days'");
        inTenant(second, "update refresh_tokens set expires_at = now() - interval '8 days'");
        Set<UUID> ours = Set.of(first, second);
        GenericApplicationContext instance = new GenericApplicationContext();
        JobShutdown shutdown = new JobShutdown(instance);
        TransactionTemplate closingAfterOneOfOurs = new TransactionTemplate(transactions.getTransactionManager()) {
            @Override
            public <T> T execute(TransactionCallback<T> action) {
                T result = super.execute(action);
                // Other tests' businesses come and go in the same pass: only a delete of ours closes the instance.
                if (ours.contains(TenantContext.require())) {
                    shutdown.onApplicationEvent(new ContextClosedEvent(instance));
                }
                return result;
            }
        };

        new ExpiredSessionCleanupJob(new TenantJobRunner(jdbc, shutdown), refreshTokens, closingAfterOneOfOurs, clock)
                .run();

        assertThat(List.of(count(first), count(second))).containsExactlyInAnyOrder(0, 1);

        // The next run, on an instance not shutting down. Not the context's job: through its ShedLock proxy the run
        // would hold the lock for lockAtLeastFor (a minute), and the other test's run within it would be skipped.
        JobShutdown running = new JobShutdown(new GenericApplicationContext());
        new ExpiredSessionCleanupJob(new TenantJobRunner(jdbc, running), refreshTokens, transactions, clock).run();

        assertThat(count(first)).isZero();
        assertThat(count(second)).isZero();
    }

    private void inTenant(UUID businessId, String sql) {
        TenantContext.runAs(businessId, () -> transactions.executeWithoutResult(status -> jdbc.update(sql)));
    }

    private Integer count(UUID businessId) {
        return TenantContext.callAs(businessId, () -> transactions.execute(status ->
                jdbc.queryForObject("select count(*) from refresh_tokens", Integer.class)));
    }
}
