package com.radartracking.push.dispatch;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The push pipeline's Prometheus metrics. Counters move as batches are recorded; the queue gauges read
 * values that {@link Dispatcher} refreshes on a timer through {@code push_dispatch_queue_stats} (a scrape
 * never scans the outbox); {@code push_sending} is this instance's own count, kept as it claims and records
 * (sum it over instances; rows of a crashed instance are due again once their lease ends, in the depth):
 * <ul>
 * <li>{@code push_notifications_sent_total}</li>
 * <li>{@code push_notifications_failed_total{code}}: FAILED rows by error code (token rejections included)</li>
 * <li>{@code push_retries_total{code}}: transient errors that were scheduled for another try</li>
 * <li>{@code push_sender_blocked_total}: businesses whose sends were stopped (SENDER_ID_MISMATCH, auth) — the
 * alert metric: any increase needs an operator</li>
 * <li>{@code push_queue_depth}: QUEUED rows due now; {@code push_sending}: rows this instance holds (claimed, not yet recorded)</li>
 * <li>{@code push_oldest_queued_age_seconds}: how long the oldest due row has waited</li>
 * </ul>
 */
@Component
public class DispatchMetrics {

    /** Error codes become label values: keep them short and tame so a provider cannot blow up cardinality. */
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,40}");

    private final MeterRegistry registry;
    private final Counter sent;
    private final Counter senderBlocked;
    private final Map<String, Counter> failed = new ConcurrentHashMap<>();
    private final Map<String, Counter> retries = new ConcurrentHashMap<>();
    private final AtomicLong queueDepth = new AtomicLong();
    private final AtomicLong sending = new AtomicLong();
    private final AtomicLong oldestAgeMillis = new AtomicLong();

    public DispatchMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.sent = Counter.builder("push.notifications.sent").description("Notifications accepted by the provider")
                .register(registry);
        this.senderBlocked = Counter.builder("push.sender.blocked")
                .description("Businesses whose push sends were stopped because the provider rejected their sender")
                .register(registry);
        Gauge.builder("push.queue.depth", queueDepth, AtomicLong::get)
                .description("QUEUED notifications due now (refreshed periodically; counted up to 100,000, estimated beyond)").register(registry);
        Gauge.builder("push.sending", sending, AtomicLong::get)
                .description("Notifications this instance has claimed and not yet recorded").register(registry);
        Gauge.builder("push.oldest.queued.age", oldestAgeMillis, age -> age.get() / 1000.0).baseUnit("seconds")
                .description("How long the oldest due QUEUED notification has waited (refreshed periodically)")
                .register(registry);
    }

    void sent(int count) {
        if (count > 0) {
            sent.increment(count);
        }
    }

    void failed(String code) {
        failed.computeIfAbsent(label(code), tag -> Counter.builder("push.notifications.failed").tag("code", tag)
                .description("Notifications that ended FAILED, by error code").register(registry)).increment();
    }

    void retried(String code) {
        retries.computeIfAbsent(label(code), tag -> Counter.builder("push.retries").tag("code", tag)
                .description("Transient errors scheduled for another try, by error code").register(registry)).increment();
    }

    void sendersBlocked(int businesses) {
        if (businesses > 0) {
            senderBlocked.increment(businesses);
        }
    }

    void claimed(int rows) {
        sending.addAndGet(rows);
    }

    /** Claimed rows this worker no longer holds: recorded, released, or left to their lease after a failure. */
    void settled(int rows) {
        sending.addAndGet(-rows);
    }

    void queue(DispatchStore.QueueStats stats) {
        queueDepth.set(stats.due());
        oldestAgeMillis.set(Math.round(stats.oldestDueAgeSeconds() * 1000));
    }

    static String label(String code) {
        if (code == null) {
            return "UNKNOWN";
        }
        String upper = code.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        return CODE.matcher(upper).matches() ? upper : "OTHER";
    }
}
