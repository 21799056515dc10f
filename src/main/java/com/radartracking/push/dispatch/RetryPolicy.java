package com.radartracking.push.dispatch;

import com.radartracking.push.gateway.DeliveryResult;
import com.radartracking.push.gateway.DeliveryResult.Outcome;
import java.time.Duration;
import java.util.function.LongUnaryOperator;

/**
 * What a transient failure turns into: another try after a delay, or FAILED once the attempts are used up.
 * The delay is exponential backoff with full jitter (a uniform draw in [0, min(max, base × 2^(attempt-1))]),
 * so a burst of failures does not come back as a burst; a provider's Retry-After is a floor (the larger of
 * the two wins), and QUOTA_EXCEEDED always waits at least {@code quotaExceededMin} (a minute: FCM's quota is
 * per minute). Pure logic, unit-tested ({@code RetryPolicyTest}).
 */
public final class RetryPolicy {

    public static final String QUOTA_EXCEEDED = "QUOTA_EXCEEDED";

    /** The decision for one row: the outcome to record and, for RETRY, after how long. */
    public record Decision(Outcome outcome, Duration delay, boolean exhausted) {
    }

    private final int maxAttempts;
    private final Duration base;
    private final Duration max;
    private final Duration quotaExceededMin;
    /** Given a bound n > 0, a uniform draw in [0, n]; replaceable for tests. */
    private final LongUnaryOperator random;

    public RetryPolicy(DispatchProperties properties) {
        this(properties.maxAttempts(), properties.backoffBase(), properties.backoffMax(), properties.quotaExceededMin(),
                bound -> java.util.concurrent.ThreadLocalRandom.current().nextLong(bound + 1));
    }

    public RetryPolicy(int maxAttempts, Duration base, Duration max, Duration quotaExceededMin, LongUnaryOperator random) {
        this.maxAttempts = maxAttempts;
        this.base = base;
        this.max = max;
        this.quotaExceededMin = quotaExceededMin;
        this.random = random;
    }

    /**
     * @param result   what the gateway said
     * @param attempts how many times this row has now been sent (1 after the first try)
     */
    public Decision decide(DeliveryResult result, int attempts) {
        if (result.outcome() != Outcome.RETRY) {
            return new Decision(result.outcome(), Duration.ZERO, false);
        }
        if (attempts >= maxAttempts) {
            return new Decision(Outcome.FAILED, Duration.ZERO, true);
        }
        Duration delay = jitteredBackoff(attempts);
        if (result.retryAfter() != null && result.retryAfter().compareTo(delay) > 0) {
            delay = result.retryAfter();
        }
        if (QUOTA_EXCEEDED.equals(result.errorCode()) && delay.compareTo(quotaExceededMin) < 0) {
            delay = quotaExceededMin;
        }
        return new Decision(Outcome.RETRY, delay, false);
    }

    /** Full jitter: uniform in [0, min(max, base × 2^(attempts-1))] milliseconds. */
    Duration jitteredBackoff(int attempts) {
        long ceiling = ceilingMillis(attempts);
        return Duration.ofMillis(ceiling <= 0 ? 0 : random.applyAsLong(ceiling));
    }

    long ceilingMillis(int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 40));
        long baseMillis = base.toMillis();
        long maxMillis = max.toMillis();
        if (doublings >= 62 || baseMillis > (maxMillis >> doublings)) {
            return maxMillis;
        }
        return Math.min(maxMillis, baseMillis << doublings);
    }
}
