package com.radartracking.platform.jobs;

import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.stereotype.Component;

/**
 * Whether this instance is shutting down, for the long scheduled work in flight: the nightly jobs
 * ({@link TenantJobRunner} and the jobs' own loops) and the campaign poll's runs. Such a run (points expiry over
 * every card of every business; a campaign run, up to the poll budget of 10 minutes) can outlast
 * {@code spring.lifecycle.timeout-per-shutdown-phase}: stopped by a deploy's SIGTERM, the scheduler waits that
 * long, then interrupts it, and ShedLock's unlock then fails on the closing connection pool, so the job's lock
 * stays held until its {@code lockAtMostFor} (30 minutes for {@code campaigns-due}: no instance runs any
 * campaign meanwhile; CampaignShutdownIT shows it). Set on {@link ContextClosedEvent}, the first step of closing
 * the context (before the web server and the scheduler stop and long before the pool closes), it makes the
 * work start no further unit (a business, a card, a campaign batch), each of which commits in its own
 * transaction: the run returns normally (a campaign run ends INCOMPLETE), ShedLock releases the lock, and the
 * next run on any instance finds and does what is left.
 */
@Component
public class JobShutdown implements ApplicationListener<ContextClosedEvent> {

    private final ApplicationContext context;
    private volatile boolean stopping;

    /** Public so that a test can give a job a flag of its own and raise it at a chosen point of the run. */
    public JobShutdown(ApplicationContext context) {
        this.context = context;
    }

    /** True once this instance's context has begun to close: start no further unit of work. */
    public boolean stopping() {
        return stopping;
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        // A child context (e.g. a separate management port) closing publishes to its parent too: only ours counts.
        if (event.getApplicationContext() == context) {
            stopping = true;
        }
    }
}
