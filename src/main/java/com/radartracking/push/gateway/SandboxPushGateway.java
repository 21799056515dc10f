package com.radartracking.push.gateway;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local default: sends nothing, records each message (the last {@code keep} in memory, and a log
 * line) and answers SENT with a {@code sandbox/…} message id, so a demo's sends complete end to end.
 */
public final class SandboxPushGateway implements PushGateway {

    private static final Logger log = LoggerFactory.getLogger(SandboxPushGateway.class);
    /** Beyond this many messages in one batch the rest are summed up in one line, not one line each. */
    private static final int LOGGED_PER_BATCH = 20;

    /** One recorded message and the id it was given. */
    public record Recorded(String messageId, OutgoingPush push) {
    }

    private final int keep;
    private final ArrayDeque<Recorded> recorded = new ArrayDeque<>();
    private final AtomicLong ids = new AtomicLong();
    private final AtomicLong total = new AtomicLong();

    public SandboxPushGateway(int keep) {
        this.keep = keep;
    }

    @Override
    public List<DeliveryResult> send(List<OutgoingPush> batch) {
        if (batch.size() > MAX_BATCH) {
            throw new IllegalArgumentException("a batch holds at most " + MAX_BATCH + " messages, got " + batch.size());
        }
        List<DeliveryResult> results = new ArrayList<>(batch.size());
        List<Recorded> records = new ArrayList<>(batch.size());
        for (OutgoingPush push : batch) {
            String id = "sandbox/" + ids.incrementAndGet();
            records.add(new Recorded(id, push));
            results.add(DeliveryResult.sent(id));
            if (records.size() <= LOGGED_PER_BATCH) {
                log.info("Sandbox push {} (not sent) to {} {}…: \"{}\" / \"{}\" notification {}", id, push.tokenKind(),
                        abbreviate(push.token()), push.title(), push.body(), push.notificationId());
            }
        }
        if (records.size() > LOGGED_PER_BATCH) {
            log.info("Sandbox push: {} more messages of this batch recorded, not sent", records.size() - LOGGED_PER_BATCH);
        }
        synchronized (recorded) {
            for (Recorded record : records) {
                if (recorded.size() == keep) {
                    recorded.removeFirst();
                }
                recorded.addLast(record);
            }
        }
        total.addAndGet(batch.size());
        return results;
    }

    /** The last recorded messages, oldest first. */
    public List<Recorded> recorded() {
        synchronized (recorded) {
            return List.copyOf(recorded);
        }
    }

    /** Messages recorded since start (or the last clear), kept or not. */
    public long total() {
        return total.get();
    }

    public void clear() {
        synchronized (recorded) {
            recorded.clear();
        }
        total.set(0);
    }

    @Override
    public String describe() {
        return "sandbox (records the last " + keep + " messages in memory and logs them; sends nothing)";
    }

    private static String abbreviate(String token) {
        return token == null || token.length() <= 12 ? token : token.substring(0, 12);
    }
}
