package com.radartracking.push.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.push.gateway.OutgoingPush;
import com.radartracking.push.gateway.SandboxPushGateway;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * When a worker's claim resumes after the last row it claimed, and when it goes back to the head of the
 * queue: after a short batch, and at least once a second (so a due row left before the key is never
 * stranded). The SQL side is in PushQueueIT.
 */
class DispatchWorkerResumeTest {

    private static final DispatchProperties PROPERTIES = new DispatchProperties(false, 1, 3, null, null, 0, null, null,
            null, true, true, null, null);

    /** Answers each claim with the next planned batch size and remembers the key it was given. */
    private static final class PlannedStore extends DispatchStore {
        final List<ClaimedPush.QueueKey> afters = new ArrayList<>();
        final List<Integer> sizes;

        PlannedStore(Integer... sizes) {
            super(null);
            this.sizes = new ArrayList<>(List.of(sizes));
        }

        @Override
        public List<ClaimedPush> claim(int limit, Duration lease, boolean asyncCommit, ClaimedPush.QueueKey after) {
            afters.add(after);
            return IntStream.range(0, sizes.removeFirst()).mapToObj(i -> row()).toList();
        }

        private static ClaimedPush row() {
            UUID id = UUID.randomUUID();
            OutgoingPush push = new OutgoingPush(id, UUID.randomUUID(), "t", OutgoingPush.TokenKind.FCM_TOKEN, "a", "b",
                    null, Map.of());
            return new ClaimedPush("(0,1)", OffsetDateTime.now(), id, OffsetDateTime.now(), push.businessId(),
                    UUID.randomUUID(), null, UUID.randomUUID(), 1, push);
        }
    }

    private static DispatchWorker worker(PlannedStore store) {
        return new DispatchWorker(store, new SandboxPushGateway(10), new RetryPolicy(PROPERTIES),
                new DispatchMetrics(new SimpleMeterRegistry()), PROPERTIES);
    }

    @Test
    void resumesAfterAFullBatchAndGoesBackToTheHeadAfterAShortOne() {
        PlannedStore store = new PlannedStore(3, 3, 2, 3);
        DispatchWorker worker = worker(store);

        List<ClaimedPush> first = worker.claim();
        List<ClaimedPush> second = worker.claim();
        worker.claim();
        worker.claim();

        assertThat(store.afters.get(0)).isNull();
        assertThat(store.afters.get(1)).isEqualTo(first.getLast().queueKey());
        assertThat(store.afters.get(2)).isEqualTo(second.getLast().queueKey());
        assertThat(store.afters.get(3)).as("after a short batch").isNull();
    }

    @Test
    void claimsFromTheHeadAtLeastOnceASecondWhileBatchesAreFull() throws InterruptedException {
        PlannedStore store = new PlannedStore(3, 3, 3);
        DispatchWorker worker = worker(store);
        worker.claim();
        worker.claim();

        Thread.sleep(1_050);
        worker.claim();

        assertThat(store.afters.get(1)).isNotNull();
        assertThat(store.afters.get(2)).isNull();
    }
}
