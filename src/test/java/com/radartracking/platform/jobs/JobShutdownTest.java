package com.radartracking.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.support.GenericApplicationContext;

class JobShutdownTest {

    @Test
    void stoppingOnlyOnceItsOwnContextBeginsToClose() {
        GenericApplicationContext own = new GenericApplicationContext();
        GenericApplicationContext child = new GenericApplicationContext();
        child.setParent(own);
        JobShutdown shutdown = new JobShutdown(own);
        assertThat(shutdown.stopping()).isFalse();

        // A child context's close reaches the parent's listeners too: it does not stop the jobs.
        shutdown.onApplicationEvent(new ContextClosedEvent(child));
        assertThat(shutdown.stopping()).isFalse();

        shutdown.onApplicationEvent(new ContextClosedEvent(own));
        assertThat(shutdown.stopping()).isTrue();
    }
}
