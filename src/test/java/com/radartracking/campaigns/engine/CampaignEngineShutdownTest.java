package com.radartracking.campaigns.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.support.GenericApplicationContext;

class CampaignEngineShutdownTest {

    @Test
    void stoppingOnlyOnceItsOwnContextBeginsToClose() {
        GenericApplicationContext own = new GenericApplicationContext();
        GenericApplicationContext child = new GenericApplicationContext();
        child.setParent(own);
        CampaignEngineShutdown shutdown = new CampaignEngineShutdown(own);
        assertThat(shutdown.stopping()).isFalse();

        // A child context's close reaches the parent's listeners too: it does not stop the runs.
        shutdown.onApplicationEvent(new ContextClosedEvent(child));
        assertThat(shutdown.stopping()).isFalse();

        shutdown.onApplicationEvent(new ContextClosedEvent(own));
        assertThat(shutdown.stopping()).isTrue();
    }
}
