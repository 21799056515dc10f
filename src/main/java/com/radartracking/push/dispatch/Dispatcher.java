package com.radartracking.push.dispatch;

import com.radartracking.push.gateway.PushGateway;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Starts the dispatcher with the application when {@code radar.push.dispatch.enabled} (off in tests, which
 * drive {@link DispatchWorker} themselves): {@code workers} loops on virtual (or platform) threads, sharing one
 * worker and so one claimer (claims run one at a time and resume where the last batch ended, see
 * {@link QueueClaimer}; the sends and records overlap), plus one
 * housekeeping thread that completes sends, releases rows of unblocked businesses and refreshes the queue
 * gauges. Stops before the web server and the connection pool do (highest phase): the loops finish and
 * record the batch in hand, release their prefetched claims, and are waited for up to the lease.
 */
@Component
public class Dispatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);
    private static final int UNPARK_LIMIT = 10_000;
    /** Due rows counted exactly up to this many; a bigger backlog is estimated (push_dispatch_queue_stats). */
    private static final int STATS_COUNT_CAP = 100_000;

    private final DispatchStore store;
    private final DispatchMetrics metrics;
    private final DispatchProperties properties;
    private final ObjectProvider<PushGateway> gateways;

    private volatile boolean running;
    private ExecutorService workers;
    private ExecutorService prefetchers;
    private ScheduledExecutorService housekeeping;

    public Dispatcher(DispatchStore store, DispatchMetrics metrics, DispatchProperties properties,
            ObjectProvider<PushGateway> gateways) {
        this.store = store;
        this.metrics = metrics;
        this.properties = properties;
        this.gateways = gateways;
    }

    @Override
    public synchronized void start() {
        if (!properties.enabled() || running) {
            return;
        }
        PushGateway gateway = gateways.getIfAvailable();
        if (gateway == null) {
            log.warn("Push dispatcher not started: no PushGateway is configured");
            return;
        }
        running = true;
        DispatchWorker worker = new DispatchWorker(store, gateway, new RetryPolicy(properties), metrics, properties);
        workers = Executors.newThreadPerTaskExecutor(threads("push-dispatch-"));
        prefetchers = Executors.newThreadPerTaskExecutor(threads("push-prefetch-"));
        for (int i = 0; i < properties.workers(); i++) {
            workers.submit(() -> worker.runLoop(() -> running, prefetchers));
        }
        housekeeping = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("push-housekeeping")
                .factory());
        housekeeping.scheduleWithFixedDelay(this::maintainQuietly, 0, properties.maintenanceInterval().toMillis(),
                TimeUnit.MILLISECONDS);
        housekeeping.scheduleWithFixedDelay(this::refreshStatsQuietly, 0, properties.statsInterval().toMillis(),
                TimeUnit.MILLISECONDS);
        log.info("Push dispatcher started: {} workers ({} threads), batches of {}, lease {}, through {}",
                properties.workers(), properties.virtualThreads() ? "virtual" : "platform", properties.batchSize(),
                properties.lease(), gateway.describe());
    }

    private ThreadFactory threads(String prefix) {
        return properties.virtualThreads() ? Thread.ofVirtual().name(prefix, 0).factory()
                : Thread.ofPlatform().name(prefix, 0).daemon().factory();
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        housekeeping.shutdownNow();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(properties.lease().toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Push workers did not finish within the lease; their rows will be claimed again");
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            workers.shutdownNow();
        }
        prefetchers.shutdownNow();
        log.info("Push dispatcher stopped");
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stopped first, started last: the pool and the web server outlive the workers. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }

    /** One housekeeping pass (tests call it directly). */
    public DispatchStore.Maintenance maintain() {
        return store.maintain(UNPARK_LIMIT);
    }

    /** Refreshes the queue gauges (tests call it directly). */
    public DispatchStore.QueueStats refreshStats() {
        DispatchStore.QueueStats stats = store.queueStats(STATS_COUNT_CAP);
        metrics.queue(stats);
        return stats;
    }

    private void maintainQuietly() {
        try {
            DispatchStore.Maintenance done = maintain();
            if (done.sendsCompleted() > 0 || done.rowsUnparked() > 0) {
                log.info("Push housekeeping: {} sends completed, {} rows of unblocked businesses released",
                        done.sendsCompleted(), done.rowsUnparked());
            }
        } catch (RuntimeException e) {
            log.warn("Push housekeeping failed", e);
        }
    }

    private void refreshStatsQuietly() {
        try {
            refreshStats();
        } catch (RuntimeException e) {
            log.warn("Push queue gauges not refreshed", e);
        }
    }
}
