package com.radartracking.push.sending;

import com.radartracking.platform.tenancy.TenantContext;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Expands large sends (segments, everyone, long lists) and scheduled ones once due, one keyset chunk of
 * customers per transaction: the chunk's rows, its skips and the send's new position
 * ({@code expanded_through}) and counts commit together, so a crash loses at most the chunk in flight and
 * the next run resumes after the last committed one. Each chunk first locks the send row with SKIP
 * LOCKED: another instance (or a concurrent run here) working on the same send is skipped, not waited
 * for, and a cancellation (which locks the row too) is seen at the next chunk. No ShedLock is needed:
 * any number of instances may expand different sends in parallel.
 */
@Component
class ExpansionWorker {

    private static final Logger log = LoggerFactory.getLogger(ExpansionWorker.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final PushSendStore sends;
    private final PushSettingsStore settings;
    private final Fanout fanout;
    private final int chunkSize;

    ExpansionWorker(JdbcTemplate jdbc, TransactionTemplate transactions, PushSendStore sends,
            PushSettingsStore settings, Fanout fanout,
            @Value("${radar.push.sending.expansion-chunk:5000}") int chunkSize) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.sends = sends;
        this.settings = settings;
        this.fanout = fanout;
        this.chunkSize = chunkSize;
    }

    private final java.util.concurrent.atomic.AtomicBoolean paused = new java.util.concurrent.atomic.AtomicBoolean();

    record DueSend(UUID businessId, UUID sendId) {
    }

    /** Tests that drive expansion chunk by chunk pause the background runs meanwhile. */
    void pause(boolean pause) {
        paused.set(pause);
    }

    @Scheduled(fixedDelayString = "${radar.push.sending.expansion-poll:1s}",
            initialDelayString = "${radar.push.sending.expansion-poll:1s}")
    void expandDueSends() {
        if (!paused.get()) {
            expandDue();
        }
    }

    /** One pass over the sends due to expand, each under its own tenant. */
    void expandDue() {
        List<DueSend> due = jdbc.query("select business_id, send_id from push_sends_to_expand(100)",
                (rs, row) -> new DueSend(rs.getObject("business_id", UUID.class), rs.getObject("send_id", UUID.class)));
        for (DueSend send : due) {
            try {
                TenantContext.runAs(send.businessId(), () -> expand(send.sendId(), Integer.MAX_VALUE));
            } catch (RuntimeException e) {
                log.error("Expansion of push send {} of business {} failed; it resumes on the next run",
                        send.sendId(), send.businessId(), e);
            }
        }
    }

    /**
     * Expands the send (under the current tenant) for at most {@code maxChunks} chunks; returns how many
     * chunks were written. Stops when it is complete, cancelled, not yet due, or held by another worker.
     */
    int expand(UUID sendId, int maxChunks) {
        return expand(sendId, maxChunks, chunkSize);
    }

    /** {@link #expand(UUID, int)} with chunks of {@code size} customers (tests use small ones). */
    int expand(UUID sendId, int maxChunks, int size) {
        int chunks = 0;
        while (chunks < maxChunks) {
            Result result = transactions.execute(status -> expandChunk(sendId, size));
            if (result == Result.NOTHING) {
                break;
            }
            chunks++;
            if (result == Result.COMPLETE) {
                break;
            }
        }
        return chunks;
    }

    enum Result { NOTHING, MORE, COMPLETE }

    /** One chunk in the caller's transaction. */
    Result expandChunk(UUID sendId, int chunkSize) {
        PushSendView send = sends.lock(sendId, true).orElse(null);
        if (send == null || !(send.status().equals("SCHEDULED") || send.status().equals("EXPANDING"))
                || send.scheduledAt().isAfter(java.time.Instant.now())) {
            return Result.NOTHING;
        }
        Fanout.Chunk chunk = fanout.expand(send, settings.current(), send.expandedThrough(), chunkSize);
        boolean complete = chunk.customers() < chunkSize;
        String status = !complete ? "EXPANDING" : send.recipients() + chunk.written() > 0 ? "QUEUED" : "DONE";
        sends.progress(sendId, chunk.lastId(), chunk.written(), chunk.skipped(), status);
        return complete ? Result.COMPLETE : Result.MORE;
    }
}
