package com.radartracking.push.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.push.gateway.DeliveryResult;
import com.radartracking.push.gateway.DeliveryResult.Outcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Duration BASE = Duration.ofSeconds(2);
    private static final Duration MAX = Duration.ofMinutes(15);
    private static final Duration QUOTA_MIN = Duration.ofMinutes(1);

    /** The jitter draw at its top: the ceiling itself. */
    private final RetryPolicy highest = new RetryPolicy(5, BASE, MAX, QUOTA_MIN, bound -> bound);
    /** The jitter draw at its bottom: no wait at all. */
    private final RetryPolicy lowest = new RetryPolicy(5, BASE, MAX, QUOTA_MIN, bound -> 0);

    private static DeliveryResult retry(String code, Duration retryAfter) {
        return new DeliveryResult(Outcome.RETRY, null, code, "transient", retryAfter);
    }

    @Test
    void theCeilingDoublesPerAttemptUpToTheMaximum() {
        assertThat(highest.ceilingMillis(1)).isEqualTo(2_000);
        assertThat(highest.ceilingMillis(2)).isEqualTo(4_000);
        assertThat(highest.ceilingMillis(3)).isEqualTo(8_000);
        assertThat(highest.ceilingMillis(9)).isEqualTo(512_000);
        assertThat(highest.ceilingMillis(10)).isEqualTo(900_000);
        assertThat(highest.ceilingMillis(1_000)).isEqualTo(900_000);
    }

    @Test
    void fullJitterDrawsBetweenZeroAndTheCeiling() {
        assertThat(highest.decide(retry("UNAVAILABLE", null), 3).delay()).isEqualTo(Duration.ofSeconds(8));
        assertThat(lowest.decide(retry("UNAVAILABLE", null), 3).delay()).isEqualTo(Duration.ZERO);

        RetryPolicy real = new RetryPolicy(new DispatchProperties(false, 1, 1, null, null, 5, BASE, MAX, QUOTA_MIN,
                true, true, null, null));
        List<Long> draws = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            draws.add(real.decide(retry("INTERNAL", null), 2).delay().toMillis());
        }
        assertThat(draws).allMatch(ms -> ms >= 0 && ms <= 4_000);
        // Spread over the range, not bunched at one end (a draw fails this with odds far below 1e-9).
        assertThat(draws).anyMatch(ms -> ms < 1_000).anyMatch(ms -> ms > 3_000);
    }

    @Test
    void retryAfterIsAFloorAndTheLargerOfTheTwoWins() {
        assertThat(lowest.decide(retry("UNAVAILABLE", Duration.ofSeconds(30)), 1).delay())
                .isEqualTo(Duration.ofSeconds(30));
        // Backoff above Retry-After: the backoff stands.
        assertThat(highest.decide(retry("UNAVAILABLE", Duration.ofSeconds(1)), 4).delay())
                .isEqualTo(Duration.ofSeconds(16));
    }

    @Test
    void quotaExceededWaitsAtLeastAMinute() {
        assertThat(lowest.decide(retry("QUOTA_EXCEEDED", null), 1).delay()).isEqualTo(Duration.ofMinutes(1));
        assertThat(lowest.decide(retry("QUOTA_EXCEEDED", Duration.ofSeconds(10)), 1).delay())
                .isEqualTo(Duration.ofMinutes(1));
        assertThat(lowest.decide(retry("QUOTA_EXCEEDED", Duration.ofMinutes(3)), 1).delay())
                .isEqualTo(Duration.ofMinutes(3));
        assertThat(highest.decide(retry("QUOTA_EXCEEDED", null), 9).outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void theLastAttemptFailsForGood() {
        RetryPolicy.Decision fourth = highest.decide(retry("UNAVAILABLE", null), 4);
        assertThat(fourth.outcome()).isEqualTo(Outcome.RETRY);
        RetryPolicy.Decision fifth = highest.decide(retry("UNAVAILABLE", null), 5);
        assertThat(fifth.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(fifth.exhausted()).isTrue();
    }

    @Test
    void otherOutcomesPassThroughWithoutDelay() {
        for (Outcome outcome : List.of(Outcome.SENT, Outcome.FAILED, Outcome.TOKEN_INVALID, Outcome.SENDER_BLOCKED)) {
            RetryPolicy.Decision decision = highest.decide(new DeliveryResult(outcome, "m", "X", null, null), 5);
            assertThat(decision.outcome()).isEqualTo(outcome);
            assertThat(decision.delay()).isZero();
            assertThat(decision.exhausted()).isFalse();
        }
    }

    @Test
    void settingsHaveSaneDefaultsAndCapTheBatchAtFcmsLimit() {
        DispatchProperties defaults = DispatchProperties.defaults();
        assertThat(defaults.batchSize()).isEqualTo(500);
        assertThat(defaults.workers()).isEqualTo(4);
        assertThat(defaults.quotaExceededMin()).isEqualTo(Duration.ofMinutes(1));
        assertThat(defaults.withBatchSize(10_000).batchSize()).isEqualTo(500);
    }
}
