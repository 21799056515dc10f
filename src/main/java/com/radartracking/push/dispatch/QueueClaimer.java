package com.radartracking.push.dispatch;

import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * How a dispatcher instance takes work from {@code push_queue}: one claim at a time, each resuming where the
 * last full batch ended.
 *
 * <p>Why one at a time: concurrent claims all start at the queue's oldest due row, so each walks over the rows
 * the others hold (a heap visit and a lock test per row before {@code SKIP LOCKED} passes it). Why resume:
 * every row a claim takes leaves a dead entry at the head of the queue's index (the claim moves the row to
 * the end of its lease), which every later claim from the head visits again until VACUUM, or longer while
 * any snapshot still sees the row (a long report or export on the same database keeps them all). Measured
 * (docs/benchmarks.md): 88 shared buffers per claimed row with 4 workers claiming freely, against about 23
 * for a lone claim.
 *
 * <p>Rows due before the resume key (a fan-out that committed late with an earlier due time, rows released or
 * unparked) are found by a claim from the head, made after any short batch and at least every
 * {@code HEAD_CLAIM_EVERY_NANOS}. Instances do not share keys: each resumes after its own batches, and
 * {@code SKIP LOCKED} keeps them apart.
 */
final class QueueClaimer {

    static final long HEAD_CLAIM_EVERY_NANOS = 1_000_000_000L;

    private final DispatchStore store;
    private final DispatchProperties properties;
    private final LongSupplier nanoClock;
    private final ReentrantLock lock = new ReentrantLock();
    /** Guarded by {@link #lock}. */
    private ClaimedPush.QueueKey resumeAfter;
    private long lastHeadClaim;

    QueueClaimer(DispatchStore store, DispatchProperties properties, LongSupplier nanoClock) {
        this.store = store;
        this.properties = properties;
        this.nanoClock = nanoClock;
        this.lastHeadClaim = nanoClock.getAsLong();
    }

    List<ClaimedPush> claim() {
        lock.lock();
        try {
            long now = nanoClock.getAsLong();
            ClaimedPush.QueueKey after = resumeAfter;
            if (after == null || now - lastHeadClaim >= HEAD_CLAIM_EVERY_NANOS) {
                after = null;
                lastHeadClaim = now;
            }
            List<ClaimedPush> rows = store.claim(properties.batchSize(), properties.lease(), properties.asyncCommit(),
                    after);
            resumeAfter = rows.size() == properties.batchSize() ? rows.getLast().queueKey() : null;
            return rows;
        } finally {
            lock.unlock();
        }
    }
}
