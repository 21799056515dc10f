package com.radartracking.push.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.radartracking.push.gateway.DeliveryResult;
import com.radartracking.push.gateway.DeliveryResult.Outcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

/**
 * The dispatcher on the real database, as the application role: claims across businesses through the
 * definer functions (SKIP LOCKED, leases), each outcome's state transitions, token deactivation, sender
 * blocks, send completion and the metrics. The gateway is scripted by token; other tests' leftover rows in
 * the shared database are simply sent, so assertions look at this test's own rows only.
 */
class PushDispatchIT extends PushDispatchTestSupport {

    @Autowired
    private MeterRegistry registry;
    @Autowired
    private DataSource dataSource;

    @Test
    void theApplicationRoleCannotReadTheOutboxWithoutATenantButTheClaimReachesEveryBusiness() {
        UUID other = signUpBusiness("Push dispatch other").businessId();
        UUID sendA = outbox.send(business);
        UUID sendB = outbox.send(other);
        UUID rowA = outbox.queue(sendA, outbox.device(business, "a-" + UUID.randomUUID()), -1);
        UUID rowB = outbox.queue(sendB, outbox.device(other, "b-" + UUID.randomUUID()), -1);

        assertThat(jdbc.queryForObject("select count(*) from notifications where id in (?, ?)", Integer.class, rowA, rowB))
                .isZero();
        drain(worker());
        assertThat(outbox.status(business, rowA)).isEqualTo("SENT");
        assertThat(outbox.status(other, rowB)).isEqualTo("SENT");
        // The setting the cross-tenant policy looks at is for the owner role only: the app setting it sees nothing.
        Integer seen = transactions.execute(status -> {
            jdbc.queryForObject("select set_config('app.cross_tenant', 'push-dispatch', true)", String.class);
            return jdbc.queryForObject("select count(*) from notifications where id in (?, ?)", Integer.class, rowA, rowB);
        });
        assertThat(seen).isZero();
    }

    @Test
    void twoConcurrentClaimersNeverGetTheSameRow() throws Exception {
        UUID send = outbox.send(business);
        List<UUID> planted = outbox.queueMany(send, business, "ok", 300);

        // A holds its claim open (row locks taken, not committed): B skips those rows instead of waiting.
        Set<UUID> heldByA = new HashSet<>();
        Set<UUID> claimedByB = new HashSet<>();
        try (Connection a = dataSource.getConnection()) {
            a.setAutoCommit(false);
            try (PreparedStatement claim = a.prepareStatement(
                    "select id from push_dispatch_claim(100, interval '1 minute', false, null, null)");
                    ResultSet rs = claim.executeQuery()) {
                while (rs.next()) {
                    heldByA.add(rs.getObject(1, UUID.class));
                }
            }
            assertThat(heldByA).hasSize(100);
            List<ClaimedPush> b;
            while (!(b = store.claim(500, Duration.ofMinutes(1), false)).isEmpty()) {
                b.forEach(row -> claimedByB.add(row.id()));
            }
            a.rollback();
        }
        assertThat(claimedByB).doesNotContainAnyElementsOf(heldByA);
        assertThat(union(heldByA, claimedByB)).containsAll(planted);
        // A rolled back: its rows are QUEUED again and are claimed now, once.
        Set<UUID> again = new HashSet<>();
        store.claim(500, Duration.ofMinutes(1), false).forEach(row -> again.add(row.id()));
        assertThat(again).containsAll(planted.stream().filter(heldByA::contains).toList());

        // Many claimers racing over fresh rows: every row claimed exactly once.
        List<UUID> more = outbox.queueMany(send, business, "ok", 400);
        Map<UUID, Integer> claims = new ConcurrentHashMap<>();
        List<CompletableFuture<Void>> racers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            racers.add(CompletableFuture.runAsync(() -> {
                List<ClaimedPush> batch;
                while (!(batch = store.claim(37, Duration.ofMinutes(1), true)).isEmpty()) {
                    batch.forEach(row -> claims.merge(row.id(), 1, Integer::sum));
                }
            }));
        }
        CompletableFuture.allOf(racers.toArray(CompletableFuture[]::new)).join();
        assertThat(claims.keySet()).containsAll(more);
        assertThat(claims.values()).allMatch(count -> count == 1);
    }

    private static Set<UUID> union(Set<UUID> a, Set<UUID> b) {
        Set<UUID> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void aRowWhoseLeaseRanOutIsClaimedAgainAndTheLateResultIsNotRecorded() throws Exception {
        UUID send = outbox.send(business);
        UUID row = outbox.queue(send, outbox.device(business, "lease-" + UUID.randomUUID()), -1);
        DispatchWorker shortLease = worker(DispatchProperties.defaults().withLease(Duration.ofSeconds(1)));

        List<ClaimedPush> first = claimOwn(shortLease, row);
        assertThat(first).singleElement().satisfies(claimed -> assertThat(claimed.attempts()).isEqualTo(1));
        assertThat(outbox.status(business, row)).isEqualTo("SENDING");
        assertThat(claimOwn(shortLease, row)).as("still leased").isEmpty();

        Thread.sleep(1_500);
        List<ClaimedPush> second = claimOwn(worker(), row);
        assertThat(second).singleElement().satisfies(claimed -> assertThat(claimed.attempts()).isEqualTo(2));

        // The first (dead) worker's result arrives late: not recorded, the second attempt's is.
        RecordSummary late = store.record(List.of(new DispatchStore.RowResult(first.getFirst(), "SENT", "late", null,
                null, 0)), false);
        assertThat(late.stale()).isEqualTo(1);
        assertThat(outbox.status(business, row)).isEqualTo("SENDING");
        worker().deliver(second);
        Map<String, Object> sent = outbox.row(business, row);
        assertThat(sent.get("status")).isEqualTo("SENT");
        assertThat(sent.get("attempts")).isEqualTo(2);
        assertThat((String) sent.get("provider_message_id")).endsWith(row.toString());
    }

    /** Claims until {@code row} comes back or nothing is left (other rows are delivered as they come). */
    private List<ClaimedPush> claimOwn(DispatchWorker worker, UUID row) {
        List<ClaimedPush> batch;
        while (!(batch = worker.claim()).isEmpty()) {
            List<ClaimedPush> own = batch.stream().filter(claimed -> claimed.id().equals(row)).toList();
            List<ClaimedPush> others = batch.stream().filter(claimed -> !claimed.id().equals(row)).toList();
            if (!others.isEmpty()) {
                worker().deliver(others);
            }
            if (!own.isEmpty()) {
                return own;
            }
        }
        return List.of();
    }

    @Test
    void eachOutcomeEndsInItsState() {
        UUID send = outbox.send(business);
        PushOutbox.Device okDevice = outbox.device(business, "ok-" + UUID.randomUUID());
        PushOutbox.Device retryDevice = outbox.device(business, "retry-" + UUID.randomUUID());
        PushOutbox.Device failDevice = outbox.device(business, "fail-" + UUID.randomUUID());
        PushOutbox.Device deadDevice = outbox.device(business, "dead-" + UUID.randomUUID());
        UUID ok = outbox.queue(send, okDevice, -1);
        UUID retry = outbox.queue(send, retryDevice, -1);
        UUID fail = outbox.queue(send, failDevice, -1);
        UUID dead = outbox.queue(send, deadDevice, -1);
        // The dead device's other messages, waiting in later sends: cancelled with it.
        UUID deadLater = outbox.queue(outbox.send(business), deadDevice, 3_600);
        UUID deadLater2 = outbox.queue(outbox.send(business), deadDevice, 7_200);
        gateway.answer("retry-", new DeliveryResult(Outcome.RETRY, null, "UNAVAILABLE", "try later", Duration.ofSeconds(30)))
                .answer("fail-", new DeliveryResult(Outcome.FAILED, null, "INVALID_ARGUMENT", "payload too big", null))
                .answer("dead-", new DeliveryResult(Outcome.TOKEN_INVALID, null, "UNREGISTERED", "gone", null));

        drain(worker());

        Map<String, Object> sent = outbox.row(business, ok);
        assertThat(sent).containsEntry("status", "SENT").containsEntry("attempts", 1);
        assertThat(sent.get("sent_at")).isNotNull();
        assertThat(sent.get("lease_until")).isNull();
        assertThat(gateway.lastPush.get(ok).data()).containsEntry("notificationId", ok.toString())
                .containsEntry("sendId", send.toString()).containsEntry("deepLink", "app://points")
                .containsEntry("points", "10");

        Map<String, Object> retried = outbox.row(business, retry);
        assertThat(retried).containsEntry("status", "QUEUED").containsEntry("error_code", "UNAVAILABLE")
                .containsEntry("attempts", 1);
        // Retry-After 30 s is the floor of the backoff (2 s ceiling on the first retry).
        assertThat(((Number) retried.get("due_in_seconds")).doubleValue()).isBetween(25.0, 31.0);

        assertThat(outbox.row(business, fail)).containsEntry("status", "FAILED")
                .containsEntry("error_code", "INVALID_ARGUMENT");

        assertThat(outbox.row(business, dead)).containsEntry("status", "FAILED").containsEntry("error_code", "UNREGISTERED");
        assertThat(outbox.deviceRow(deadDevice)).containsEntry("deactivation_reason", "UNREGISTERED");
        assertThat(outbox.deviceRow(deadDevice).get("deactivated_at")).isNotNull();
        assertThat(outbox.row(business, deadLater)).containsEntry("status", "CANCELLED")
                .containsEntry("error_code", "TOKEN_INVALID");
        assertThat(outbox.status(business, deadLater2)).isEqualTo("CANCELLED");
        assertThat(outbox.deviceRow(okDevice).get("deactivated_at")).isNull();
    }

    @Test
    void aTransientErrorOnTheLastAttemptFailsForGood() {
        UUID send = outbox.send(business);
        UUID row = outbox.queue(send, outbox.device(business, "flaky-" + UUID.randomUUID()), -1);
        gateway.answer("flaky-", new DeliveryResult(Outcome.RETRY, null, "INTERNAL", "boom", null));
        drain(worker(DispatchProperties.defaults().withMaxAttempts(1)));
        Map<String, Object> failed = outbox.row(business, row);
        assertThat(failed).containsEntry("status", "FAILED").containsEntry("error_code", "INTERNAL");
        assertThat((String) failed.get("error_message")).startsWith("gave up after 1 attempts");
    }

    @Test
    void aTokenDeactivatedBeforeSendingCancelsTheRowWithoutSendingIt() {
        PushOutbox.Device device = outbox.device(business, "gone-" + UUID.randomUUID());
        UUID row = outbox.queue(outbox.send(business), device, -1);
        outbox.inTenant(business, () -> jdbc.update(
                "update device_tokens set deactivated_at = now(), deactivation_reason = 'UNREGISTERED_BY_APP' where id = ?",
                device.deviceId()));
        drain(worker());
        assertThat(outbox.row(business, row)).containsEntry("status", "CANCELLED").containsEntry("error_code", "TOKEN_INACTIVE");
        assertThat(gateway.receivedCount(row)).isZero();
    }

    @Test
    void aBlockedSenderStopsItsBusinessButNotAnother() {
        UUID other = signUpBusiness("Push dispatch unblocked").businessId();
        Counter blockedAlert = registry.counter("push.sender.blocked");
        double alertsBefore = blockedAlert.count();
        gateway.answer("mismatch-", new DeliveryResult(Outcome.SENDER_BLOCKED, null, "SENDER_ID_MISMATCH",
                "wrong sender", null));
        UUID send = outbox.send(business);
        UUID first = outbox.queue(send, outbox.device(business, "mismatch-" + UUID.randomUUID()), -1);
        UUID second = outbox.queue(send, outbox.device(business, "mismatch-" + UUID.randomUUID()), -1);
        drain(worker());

        assertThat(outbox.settings(business).get("blocked_at")).isNotNull();
        assertThat((String) outbox.settings(business).get("blocked_reason")).startsWith("SENDER_ID_MISMATCH");
        assertThat(blockedAlert.count() - alertsBefore).isEqualTo(1.0);
        assertThat(outbox.row(business, first)).containsEntry("status", "QUEUED").containsEntry("held_reason", "SENDER_BLOCKED");
        assertThat(outbox.status(business, second)).isEqualTo("QUEUED");

        // Later messages of the blocked business wait (never handed to the gateway); another business's go out.
        UUID later = outbox.queue(outbox.send(business), outbox.device(business, "fine-" + UUID.randomUUID()), -1);
        UUID otherRow = outbox.queue(outbox.send(other), outbox.device(other, "fine-" + UUID.randomUUID()), -1);
        drain(worker());
        assertThat(outbox.row(business, later)).containsEntry("status", "QUEUED").containsEntry("held_reason", "SENDER_BLOCKED");
        assertThat(gateway.receivedCount(later)).isZero();
        assertThat(outbox.status(other, otherRow)).isEqualTo("SENT");

        // An Admin fixes the credentials and clears the block: the rows go out at their original time.
        gateway.answer("mismatch-", DeliveryResult.sent("projects/test/messages/fixed"));
        outbox.inTenant(business, () -> jdbc.update(
                "update push_settings set blocked_at = null, blocked_reason = null where business_id = ?", business));
        assertThat(dispatcher.maintain().rowsUnparked()).isGreaterThanOrEqualTo(3);
        assertThat(((Number) outbox.row(business, later).get("due_in_seconds")).doubleValue()).isLessThan(0);
        drain(worker());
        assertThat(List.of(first, second, later)).allSatisfy(row -> assertThat(outbox.status(business, row)).isEqualTo("SENT"));
        assertThat(blockedAlert.count() - alertsBefore).isEqualTo(1.0);
    }

    @Test
    void aSendIsDoneWhenNoneOfItsRowsIsQueuedOrSending() {
        UUID send = outbox.send(business);
        outbox.queueMany(send, business, "ok", 3);
        UUID unfinished = outbox.send(business);
        outbox.queue(unfinished, outbox.device(business, "ok-" + UUID.randomUUID()), -1);
        outbox.queue(unfinished, outbox.device(business, "later-" + UUID.randomUUID()), 600);
        drain(worker());
        dispatcher.maintain();
        Map<String, Object> done = outbox.sendRow(business, send);
        assertThat(done.get("status")).isEqualTo("DONE");
        assertThat(done.get("completed_at")).isNotNull();
        assertThat(outbox.sendRow(business, unfinished).get("status")).isEqualTo("QUEUED");
    }

    @Test
    void aPrefetchedBatchIsReleasedOnShutdownWithoutCountingTheAttempt() {
        UUID row = outbox.queue(outbox.send(business), outbox.device(business, "pre-" + UUID.randomUUID()), -1);
        List<ClaimedPush> claimed = claimOwn(worker(), row);
        assertThat(store.release(claimed)).isEqualTo(1);
        assertThat(outbox.row(business, row)).containsEntry("status", "QUEUED").containsEntry("attempts", 0);
    }

    @Test
    void theFunctionsRefuseOversizedOrMismatchedBatches() {
        assertThatThrownBy(() -> store.claim(501, Duration.ofMinutes(1), false)).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.queryForList("""
                select * from push_dispatch_record(array[$$(0,1)$$], array[gen_random_uuid()], array[now()], array[1], array['SENT', 'SENT'],
                    array[null::text], array[null::text], array[null::text], array[0::bigint], false)"""))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.queryForList("""
                select * from push_dispatch_record(array[$$(0,1)$$], array[gen_random_uuid()], array[now()], array[1], array['DELETE'],
                    array[null::text], array[null::text], array[null::text], array[0::bigint], false)"""))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void metricsCountOutcomesAndTheGaugesShowTheQueue() {
        double sentBefore = registry.counter("push.notifications.sent").count();
        double failedBefore = registry.counter("push.notifications.failed", "code", "UNREGISTERED").count();
        double retriesBefore = registry.counter("push.retries", "code", "QUOTA_EXCEEDED").count();
        UUID send = outbox.send(business);
        List<UUID> ok = outbox.queueMany(send, business, "ok", 5);
        outbox.queueMany(send, business, "dead", 2);
        UUID quota = outbox.queue(send, outbox.device(business, "quota-" + UUID.randomUUID()), -1);
        gateway.answer("dead", new DeliveryResult(Outcome.TOKEN_INVALID, null, "UNREGISTERED", "gone", null))
                .answer("quota-", new DeliveryResult(Outcome.RETRY, null, "QUOTA_EXCEEDED", "slow down", Duration.ofSeconds(5)));

        DispatchStore.QueueStats before = dispatcher.refreshStats();
        assertThat(before.due()).isGreaterThanOrEqualTo(8);
        assertThat(before.oldestDueAgeSeconds()).isGreaterThan(0);
        assertThat(registry.get("push.queue.depth").gauge().value()).isGreaterThanOrEqualTo(8);
        // Past the exact-count cap the depth is estimated from a sample, never below the cap.
        assertThat(store.queueStats(3).due()).isGreaterThanOrEqualTo(3);

        drain(worker());

        assertThat(registry.counter("push.notifications.sent").count() - sentBefore).isGreaterThanOrEqualTo(ok.size());
        assertThat(registry.counter("push.notifications.failed", "code", "UNREGISTERED").count() - failedBefore).isEqualTo(2);
        assertThat(registry.counter("push.retries", "code", "QUOTA_EXCEEDED").count() - retriesBefore).isEqualTo(1);
        // QUOTA_EXCEEDED waits at least a minute even when Retry-After says 5 s.
        assertThat(((Number) outbox.row(business, quota).get("due_in_seconds")).doubleValue()).isBetween(55.0, 61.0);
        assertThat(dispatcher.refreshStats().due()).isZero();
        assertThat(registry.get("push.queue.depth").gauge().value()).isZero();
        assertThat(registry.get("push.oldest.queued.age").gauge().value()).isZero();
    }
}
