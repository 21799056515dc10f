package com.radartracking.push.dispatch;

import com.radartracking.push.gateway.DeliveryResult;
import com.radartracking.push.gateway.DeliveryResult.Outcome;
import com.radartracking.push.gateway.OutgoingPush;
import com.radartracking.push.gateway.PushGateway;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One claim → send → record loop. {@link #runLoop} overlaps the next claim with the current batch's send
 * (prefetch), but records a batch before handing the next one to the provider, so a worker never has more
 * than one batch sent and unrecorded: after a crash at most {@code workers × batchSize} messages go out a
 * second time (their rows are claimed again when the lease runs out). A prefetched batch that is never sent
 * costs nothing but its lease (and is released on a clean shutdown).
 */
public class DispatchWorker {

    private static final Logger log = LoggerFactory.getLogger(DispatchWorker.class);

    private final DispatchStore store;
    private final PushGateway gateway;
    private final RetryPolicy retryPolicy;
    private final DispatchMetrics metrics;
    private final DispatchProperties properties;
    private final QueueClaimer claimer;

    public DispatchWorker(DispatchStore store, PushGateway gateway, RetryPolicy retryPolicy, DispatchMetrics metrics,
            DispatchProperties properties) {
        this.store = store;
        this.gateway = gateway;
        this.retryPolicy = retryPolicy;
        this.metrics = metrics;
        this.properties = properties;
        this.claimer = new QueueClaimer(store, properties, System::nanoTime);
    }

    /** Claims the next batch: one claim at a time per worker instance (see {@link QueueClaimer}). */
    public List<ClaimedPush> claim() {
        List<ClaimedPush> rows = claimer.claim();
        metrics.claimed(rows.size());
        return rows;
    }

    /** One batch, start to end; returns how many rows were claimed (0 when nothing was due). For tests. */
    public int runOnce() {
        List<ClaimedPush> batch = claim();
        if (!batch.isEmpty()) {
            deliver(batch);
        }
        return batch.size();
    }

    /** Sends a claimed batch and records every row's result in one statement. */
    public RecordSummary deliver(List<ClaimedPush> batch) {
        try {
            return sendAndRecord(batch);
        } finally {
            metrics.settled(batch.size());
        }
    }

    private RecordSummary sendAndRecord(List<ClaimedPush> batch) {
        List<DeliveryResult> results = send(batch);
        List<DispatchStore.RowResult> rows = new ArrayList<>(batch.size());
        int sent = 0;
        for (int i = 0; i < batch.size(); i++) {
            ClaimedPush row = batch.get(i);
            DeliveryResult result = results.get(i);
            RetryPolicy.Decision decision = retryPolicy.decide(result, row.attempts());
            String code = result.errorCode();
            String message = result.errorMessage();
            switch (decision.outcome()) {
                case SENT -> sent++;
                case RETRY -> metrics.retried(code);
                case FAILED, TOKEN_INVALID -> {
                    metrics.failed(code == null ? decision.outcome().name() : code);
                    if (decision.exhausted()) {
                        message = "gave up after " + row.attempts() + " attempts: " + (message == null ? "" : message);
                    }
                }
                case SENDER_BLOCKED -> { }
            }
            rows.add(new DispatchStore.RowResult(row, decision.outcome().name(), result.providerMessageId(), code,
                    message, decision.delay().toMillis()));
        }
        RecordSummary summary = store.record(rows, properties.asyncCommit());
        metrics.sent(sent);
        metrics.sendersBlocked(summary.businessesBlocked());
        if (summary.businessesBlocked() > 0) {
            log.error("Push sends stopped for {} business(es): the provider rejected their sender (see "
                    + "push_settings.blocked_reason); an Admin must fix the credentials and clear the block",
                    summary.businessesBlocked());
        }
        if (summary.stale() > 0) {
            log.warn("{} push results were not recorded: their lease ran out and they were claimed again", summary.stale());
        }
        return summary;
    }

    /** The gateway classifies per-message failures; if it throws anyway, the whole batch is retried. */
    private List<DeliveryResult> send(List<ClaimedPush> batch) {
        List<OutgoingPush> pushes = batch.stream().map(ClaimedPush::push).toList();
        try {
            List<DeliveryResult> results = gateway.send(pushes);
            if (results != null && results.size() == batch.size()) {
                return results;
            }
            log.error("Push gateway {} answered {} results for {} messages; retrying the batch", gateway.describe(),
                    results == null ? null : results.size(), batch.size());
        } catch (RuntimeException e) {
            log.error("Push gateway {} failed on a batch of {}; retrying it", gateway.describe(), batch.size(), e);
        }
        DeliveryResult retry = new DeliveryResult(Outcome.RETRY, null, "GATEWAY_ERROR",
                "the gateway failed on the whole batch", null);
        return batch.stream().map(row -> retry).toList();
    }

    /**
     * Runs until {@code running} turns false: claims, and while a batch is with the provider claims the next.
     * On the way out the prefetched batch, never sent, is released.
     */
    public void runLoop(BooleanSupplier running, Executor prefetcher) {
        List<ClaimedPush> current = List.of();
        CompletableFuture<List<ClaimedPush>> next = null;
        while (running.getAsBoolean()) {
            try {
                current = next != null ? next.join() : claim();
                next = null;
                if (current.isEmpty()) {
                    sleep(properties.idlePoll().toMillis());
                    continue;
                }
                if (running.getAsBoolean()) {
                    next = CompletableFuture.supplyAsync(this::claim, prefetcher);
                }
                deliver(current);
                current = List.of();
            } catch (RuntimeException e) {
                // A database hiccup: claimed rows stay SENDING until their lease ends, then go out again.
                log.error("Push dispatch cycle failed; retrying after {}", properties.idlePoll(), e);
                current = List.of();
                sleep(properties.idlePoll().toMillis());
            }
        }
        if (next != null) {
            List<ClaimedPush> unsent = List.of();
            try {
                unsent = next.join();
                int released = store.release(unsent);
                log.info("Push worker stopping: released {} prefetched notifications", released);
            } catch (RuntimeException e) {
                log.warn("Push worker stopping: could not release its prefetched batch (the lease will)", e);
            } finally {
                metrics.settled(unsent.size());
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
