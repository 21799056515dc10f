package com.radartracking.campaigns.engine;

import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.stereotype.Component;

/**
 * Whether this instance is shutting down, for the campaign runs in flight. A run can last the whole poll
 * budget (10 minutes), and an instance stopped mid-run (a deploy's SIGTERM) would otherwise keep the ShedLock
 * lock {@code campaigns-due} until its {@code lockAtMostFor} (30 minutes): the scheduler waits for the poll only
 * for {@code spring.lifecycle.timeout-per-shutdown-phase}, then interrupts it, and ShedLock's unlock fails on the
 * interrupted thread's closing connection pool (CampaignShutdownIT shows it), so no instance runs any campaign
 * meanwhile. Set on {@link ContextClosedEvent}, the first step of
 * closing the context (before the web server and the scheduler are stopped and long before the connection pool
 * closes), it makes each id range of a run stop before its next batch and the poll start no further campaign,
 * as a spent poll budget does: the run ends INCOMPLETE, {@link CampaignPoll#runDue()} returns normally,
 * ShedLock releases the lock, and the next poll on any instance resumes the run.
 */
@Component
public class CampaignEngineShutdown implements ApplicationListener<ContextClosedEvent> {

    private final ApplicationContext context;
    private volatile boolean stopping;

    CampaignEngineShutdown(ApplicationContext context) {
        this.context = context;
    }

    /** True once this instance's context has begun to close: start no further batch. */
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
