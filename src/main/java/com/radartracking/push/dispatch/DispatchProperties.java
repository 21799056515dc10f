package com.radartracking.push.dispatch;

import com.radartracking.push.gateway.PushGateway;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The dispatcher's settings ({@code radar.push.dispatch.*}, env vars in application.yml).
 *
 * @param enabled          start the workers with the application (tests drive {@link DispatchWorker} themselves)
 * @param workers          concurrent claim → send → record loops; at most {@code workers × batchSize} messages
 *                         are ever handed to the provider without their result recorded (the crash bound)
 * @param batchSize        rows per claim, and so per {@code sendEach} call (1..500, FCM's limit)
 * @param lease            how long a claimed row is ours; a dead worker's rows are claimed again after it
 * @param idlePoll         pause of a worker that found nothing due
 * @param maxAttempts      sends of one row, retries included; a transient error on the last one is FAILED
 * @param backoffBase      first retry's backoff ceiling (full jitter: a random delay in [0, ceiling])
 * @param backoffMax       the ceiling stops doubling here
 * @param quotaExceededMin QUOTA_EXCEEDED waits at least this long, whatever Retry-After said
 * @param asyncCommit      claim and record commit without waiting for the WAL flush (a database crash can
 *                         only forget a claim or a result, which re-sends: at-least-once holds)
 * @param virtualThreads   run workers on virtual threads (platform threads otherwise)
 * @param maintenanceInterval how often sends are completed and unblocked businesses' rows released
 * @param statsInterval    how often the queue gauges are refreshed
 */
@ConfigurationProperties("radar.push.dispatch")
public record DispatchProperties(
        boolean enabled,
        int workers,
        int batchSize,
        Duration lease,
        Duration idlePoll,
        int maxAttempts,
        Duration backoffBase,
        Duration backoffMax,
        Duration quotaExceededMin,
        boolean asyncCommit,
        boolean virtualThreads,
        Duration maintenanceInterval,
        Duration statsInterval) {

    public DispatchProperties {
        workers = workers <= 0 ? 4 : workers;
        batchSize = batchSize <= 0 ? PushGateway.MAX_BATCH : Math.min(batchSize, PushGateway.MAX_BATCH);
        lease = positive(lease, Duration.ofMinutes(2));
        idlePoll = positive(idlePoll, Duration.ofMillis(500));
        maxAttempts = maxAttempts <= 0 ? 8 : maxAttempts;
        backoffBase = positive(backoffBase, Duration.ofSeconds(2));
        backoffMax = positive(backoffMax, Duration.ofMinutes(15));
        quotaExceededMin = positive(quotaExceededMin, Duration.ofMinutes(1));
        maintenanceInterval = positive(maintenanceInterval, Duration.ofSeconds(2));
        statsInterval = positive(statsInterval, Duration.ofSeconds(10));
        if (lease.toSeconds() < 1 || lease.toHours() >= 1) {
            throw new IllegalArgumentException("radar.push.dispatch.lease must be between 1 s and 1 h, got " + lease);
        }
    }

    private static Duration positive(Duration value, Duration fallback) {
        return value == null || value.isZero() || value.isNegative() ? fallback : value;
    }

    /** Defaults, for tests that build a worker by hand. */
    public static DispatchProperties defaults() {
        return new DispatchProperties(false, 0, 0, null, null, 0, null, null, null, true, true, null, null);
    }

    public DispatchProperties withLease(Duration newLease) {
        return new DispatchProperties(enabled, workers, batchSize, newLease, idlePoll, maxAttempts, backoffBase,
                backoffMax, quotaExceededMin, asyncCommit, virtualThreads, maintenanceInterval, statsInterval);
    }

    public DispatchProperties withBatchSize(int newBatchSize) {
        return new DispatchProperties(enabled, workers, newBatchSize, lease, idlePoll, maxAttempts, backoffBase,
                backoffMax, quotaExceededMin, asyncCommit, virtualThreads, maintenanceInterval, statsInterval);
    }

    public DispatchProperties withMaxAttempts(int newMaxAttempts) {
        return new DispatchProperties(enabled, workers, batchSize, lease, idlePoll, newMaxAttempts, backoffBase,
                backoffMax, quotaExceededMin, asyncCommit, virtualThreads, maintenanceInterval, statsInterval);
    }
}
