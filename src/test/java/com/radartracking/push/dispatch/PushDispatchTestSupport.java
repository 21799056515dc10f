package com.radartracking.push.dispatch;

import com.radartracking.support.ApiIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the dispatcher's integration tests share: the outbox helper, a gateway scripted by token, a fresh
 * business per test, and workers built by hand over the real store and metrics.
 */
abstract class PushDispatchTestSupport extends ApiIntegrationTest {

    @Autowired
    protected TransactionTemplate transactions;
    @Autowired
    protected DispatchStore store;
    @Autowired
    protected DispatchMetrics metrics;
    @Autowired
    protected Dispatcher dispatcher;

    protected PushOutbox outbox;
    protected ScriptedGateway gateway;
    protected UUID business;

    @BeforeEach
    void setUpOutbox() {
        outbox = new PushOutbox(jdbc, transactions);
        gateway = new ScriptedGateway();
        business = signUpBusiness(getClass().getSimpleName()).businessId();
    }

    protected DispatchWorker worker(DispatchProperties properties) {
        return new DispatchWorker(store, gateway, new RetryPolicy(properties), metrics, properties);
    }

    protected DispatchWorker worker() {
        return worker(DispatchProperties.defaults());
    }

    /** Runs batches until nothing is due. */
    protected static void drain(DispatchWorker worker) {
        for (int i = 0; i < 1_000 && worker.runOnce() > 0; i++) {
            // keep going
        }
    }
}
