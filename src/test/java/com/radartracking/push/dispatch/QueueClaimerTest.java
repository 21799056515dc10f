package com.radartracking.push.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.push.gateway.OutgoingPush;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * When the claimer resumes after the last row it claimed and when it goes back to the head of the queue
 * (after a short batch, and at least once a second, so a due row left before the key is never stranded),
 * and that an instance's claims never overlap. The SQL side is in PushQueueIT.
 */
class QueueClaimerTest {

    private static final int BATCH = 3;
    private static final DispatchProperties PROPERTIES = new DispatchProperties(false, 1, BATCH, null, null, 0, null, null,
            null, true, true, null, null);

    /** Answers each claim with the next planned batch size, remembers the key it was given and any overlap. */
    private static final class PlannedStore extends DispatchStore {
        final List<ClaimedPush.QueueKey> afters = Collections.synchronizedList(new ArrayList<>());
        final List<Integer> sizes;
        final AtomicInteger inside = new AtomicInteger();
        final AtomicInteger mostInside = new AtomicInteger();

        PlannedStore(Integer... sizes) {
            super(null);
            this.sizes = Collections.synchronizedList(new ArrayList<>(List.of(sizes)));
        }

        @Override
        public List<ClaimedPush> claim(int limit, Duration lease, boolean asyncCommit, ClaimedPush.QueueKey after) {
            mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            afters.add(after);
            int size = sizes.isEmpty() ? limit : sizes.removeFirst();
            inside.decrementAndGet();
            return IntStream.range(0, size).mapToObj(i -> row()).toList();
        }

        private static ClaimedPush row() {
            UUID id = UUID.randomUUID();
            OutgoingPush push = new OutgoingPush(id, UUID.randomUUID(), "t", OutgoingPush.TokenKind.FCM_TOKEN, "a", "b",
                    null, Map.of());
            return new ClaimedPush("(0,1)", OffsetDateTime.now(), id, OffsetDateTime.now(), push.businessId(),
                    UUID.randomUUID(), null, UUID.randomUUID(), 1, push);
        }
    }

    private final AtomicLong clock = new AtomicLong(1_000);

    @Test
    void resumesAfterAFullBatchAndGoesBackToTheHeadAfterAShortOne() {
        PlannedStore store = new PlannedStore(BATCH, BATCH, 2, BATCH);
        QueueClaimer claimer = new QueueClaimer(store, PROPERTIES, clock::get);

        List<ClaimedPush> first = claimer.claim();
        List<ClaimedPush> second = claimer.claim();
        claimer.claim();
        claimer.claim();

        assertThat(store.afters.get(0)).as("the first claim").isNull();
        assertThat(store.afters.get(1)).isEqualTo(first.getLast().queueKey());
        assertThat(store.afters.get(2)).isEqualTo(second.getLast().queueKey());
        assertThat(store.afters.get(3)).as("after a short batch").isNull();
    }

    @Test
    void claimsFromTheHeadAtLeastOnceASecondWhileBatchesAreFull() {
        PlannedStore store = new PlannedStore(BATCH, BATCH, BATCH, BATCH);
        QueueClaimer claimer = new QueueClaimer(store, PROPERTIES, clock::get);
        claimer.claim();
        clock.addAndGet(QueueClaimer.HEAD_CLAIM_EVERY_NANOS - 1);
        claimer.claim();
        clock.addAndGet(1);
        claimer.claim();
        claimer.claim();

        assertThat(store.afters.get(1)).as("just under a second after the head claim").isNotNull();
        assertThat(store.afters.get(2)).as("a second after it").isNull();
        assertThat(store.afters.get(3)).isNotNull();
    }

    @Test
    void claimsOfOneInstanceRunOneAtATime() throws Exception {
        PlannedStore store = new PlannedStore();
        QueueClaimer claimer = new QueueClaimer(store, PROPERTIES, System::nanoTime);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> claims = IntStream.range(0, 40).<Future<?>>mapToObj(i -> threads.submit(claimer::claim))
                    .toList();
            for (Future<?> claim : claims) {
                claim.get();
            }
        }
        assertThat(store.afters).hasSize(40);
        assertThat(store.mostInside.get()).isEqualTo(1);
    }
}
