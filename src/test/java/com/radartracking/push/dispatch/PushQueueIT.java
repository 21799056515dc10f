package com.radartracking.push.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.platform.tenancy.TenantContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dispatcher's work queue ({@code push_queue}) beside the outbox: every row written QUEUED is on it,
 * a row cancelled meanwhile leaves it at the next claim without being sent, a claim can resume after a queue
 * key without losing what lies before it, and the outbox keeps no index
 * on what the dispatcher changes (which is what makes its claim and record HOT updates).
 */
class PushQueueIT extends PushDispatchTestSupport {

    /** Columns the claim, the record, a retry or a park change on a notification. */
    private static final Set<String> DISPATCH_COLUMNS = Set.of("status", "attempts", "lease_until", "due_at",
            "held_reason", "provider_message_id", "error_code", "error_message", "sent_at", "failed_at");

    /** QUEUED rows of a send, one per device, all due at the given instant. */
    private static final String ROWS_DUE_AT = """
            insert into notifications (id, business_id, send_id, customer_id, device_token_id, title, body, status,
                                       due_at, created_at)
            select gen_random_uuid(), d.business_id, ?, d.customer_id, d.id, 'Hola', 'Ya', 'QUEUED', ?::timestamptz,
                   s.created_at
              from device_tokens d, push_sends s
             where d.id = any (?::uuid[]) and s.id = ?
            returning id""";

    @Autowired
    private DataSource dataSource;

    private int queueRows(UUID send) {
        return TenantContext.callAs(business, () -> transactions.execute(status -> jdbc.queryForObject(
                "select count(*) from push_queue where send_id = ?", Integer.class, send)));
    }

    @Test
    void everyNotificationWrittenQueuedIsOnTheQueueDueWhenItIs() {
        UUID send = outbox.send(business);
        UUID now = outbox.queue(send, outbox.device(business, "q-now-" + UUID.randomUUID()), -1);
        UUID later = outbox.queue(send, outbox.device(business, "q-later-" + UUID.randomUUID()), 3_600);
        // A row written already finished (as an import of history would) is not work.
        UUID finished = UUID.randomUUID();
        outbox.inTenant(business, () -> jdbc.update("""
                insert into notifications (id, business_id, customer_id, device_token_id, title, body, status, due_at,
                                           sent_at)
                select ?, n.business_id, n.customer_id, n.device_token_id, 'Hola', 'Ya', 'SENT', now(), now()
                  from notifications n where n.id = ?""", finished, now));

        List<Map<String, Object>> queued = TenantContext.callAs(business, () -> transactions.execute(status ->
                jdbc.queryForList("""
                        select q.notification_id, q.due_at = n.due_at as same_due
                          from push_queue q join notifications n on n.id = q.notification_id and n.created_at = q.created_at
                         where q.send_id = ?""", send)));
        assertThat(queued).extracting(row -> row.get("notification_id")).containsExactlyInAnyOrder(now, later);
        assertThat(queued).allSatisfy(row -> assertThat(row.get("same_due")).isEqualTo(true));
        Integer finishedOnQueue = TenantContext.callAs(business, () -> transactions.execute(status -> jdbc.queryForObject(
                "select count(*) from push_queue where notification_id = ?", Integer.class, finished)));
        assertThat(finishedOnQueue).isZero();
    }

    @Test
    void aRowCancelledWhileQueuedLeavesTheQueueAtTheNextClaimUnsent() {
        UUID send = outbox.send(business);
        PushOutbox.Device kept = outbox.device(business, "q-kept-" + UUID.randomUUID());
        PushOutbox.Device dropped = outbox.device(business, "q-dropped-" + UUID.randomUUID());
        UUID keptRow = outbox.queue(send, kept, -1);
        UUID droppedRow = outbox.queue(send, dropped, -1);
        // What cancelling a send does: only the notification changes (PushSendService.cancel).
        outbox.inTenant(business, () -> jdbc.update("update notifications set status = 'CANCELLED' where id = ?", droppedRow));

        drain(worker());

        assertThat(outbox.status(business, keptRow)).isEqualTo("SENT");
        assertThat(outbox.status(business, droppedRow)).isEqualTo("CANCELLED");
        assertThat(gateway.receivedCount(keptRow)).isEqualTo(1);
        assertThat(gateway.receivedCount(droppedRow)).isZero();
        assertThat(queueRows(send)).isZero();
        dispatcher.maintain();
        assertThat(outbox.sendRow(business, send)).containsEntry("status", "DONE");
    }

    @Test
    void aClaimResumesAfterTheKeyItIsGivenAndAClaimFromTheHeadFindsWhatWasLeftBefore() {
        UUID send = outbox.send(business);
        // Three rows due at one instant (as one fan-out statement writes them), long before anything else on the
        // shared queue: they are its head, in the order of their notification ids.
        List<UUID> sameInstant = inTenant(() -> jdbc.queryForList(ROWS_DUE_AT, UUID.class, send, "2001-01-01 00:00:00+00",
                devices("q-same-", 3), send));
        Duration lease = Duration.ofMinutes(1);

        List<ClaimedPush> claimed = new ArrayList<>(store.claim(1, lease, false));
        claimed.addAll(store.claim(1, lease, false, claimed.getLast().queueKey()));
        // A fan-out that committed late, due before the key the next claim resumes after.
        List<UUID> late = inTenant(() -> jdbc.queryForList(ROWS_DUE_AT, UUID.class, send, "2000-12-31 23:59:59+00",
                devices("q-late-", 1), send));
        claimed.addAll(store.claim(1, lease, false, claimed.getLast().queueKey()));
        List<ClaimedPush> fromTheHead = store.claim(1, lease, false);

        List<String> idOrder = jdbc.queryForList("select id::text from unnest(?::uuid[]) id order by id", String.class,
                (Object) sameInstant.stream().map(UUID::toString).toArray(String[]::new));
        assertThat(claimed).extracting(row -> row.id().toString()).containsExactlyElementsOf(idOrder);
        assertThat(fromTheHead).extracting(ClaimedPush::id).containsExactlyElementsOf(late);
        claimed.addAll(fromTheHead);
        assertThat(store.release(claimed)).isEqualTo(4);
    }

    /**
     * The resume key must be where the claim's index scan starts, not a filter on what it reads from the head:
     * in the generic plan PL/pgSQL uses after a few calls a key compared through COALESCE was a filter (row-level
     * security treats it as leaky), and every claim walked the whole queue head again. Counted with the
     * transaction's own index statistics. The rows and the claim live in one transaction, rolled back, so the
     * shared queue never sees them.
     */
    @Test
    void aClaimAfterAKeyStartsItsIndexScanThereEvenInAGenericPlan() throws SQLException {
        UUID send = outbox.send(business);
        String[] before = devices("q-before-", 200);
        String[] after = devices("q-after-", 1);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("set local plan_cache_mode = force_generic_plan");
                statement.execute("select set_config('app.business_id', '" + business + "', true)");
                plant(connection, send, "1999-01-01 00:00:00+00", before);
                UUID afterTheKey = plant(connection, send, "1999-01-01 00:00:01+00", after).getFirst();
                try (PreparedStatement claim = connection.prepareStatement(
                        "select id from push_dispatch_claim(1, interval '1 minute', false, ?, ?)")) {
                    claim.setObject(1, OffsetDateTime.parse("1999-01-01T00:00:00Z"));
                    claim.setObject(2, UUID.fromString("ffffffff-ffff-ffff-ffff-ffffffffffff"));
                    try (ResultSet rs = claim.executeQuery()) {
                        assertThat(rs.next()).isTrue();
                        assertThat(rs.getObject(1, UUID.class)).isEqualTo(afterTheKey);
                    }
                }
                try (ResultSet rs = statement.executeQuery(
                        "select pg_stat_get_xact_tuples_returned(to_regclass('push_queue_pkey'))")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getLong(1)).as("queue index entries read (200 lie before the key)").isLessThan(50);
                }
            } finally {
                connection.rollback();
            }
        }
    }

    private static List<UUID> plant(Connection connection, UUID send, String dueAt, String[] devices)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(ROWS_DUE_AT)) {
            insert.setObject(1, send);
            insert.setString(2, dueAt);
            insert.setArray(3, connection.createArrayOf("text", devices));
            insert.setObject(4, send);
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rs = insert.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
            return ids;
        }
    }

    private String[] devices(String tokenPrefix, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> outbox.device(business, tokenPrefix + UUID.randomUUID()).deviceId().toString())
                .toArray(String[]::new);
    }

    private <T> T inTenant(Supplier<T> work) {
        return TenantContext.callAs(business, () -> transactions.execute(status -> work.get()));
    }

    @Test
    void noIndexOfTheOutboxHoldsAColumnTheDispatcherChangesAndEveryPartitionLeavesRoomForHotUpdates() {
        List<Map<String, Object>> indexes = jdbc.queryForList("""
                select i.indexrelid::regclass::text as index_name,
                       array_to_string(array(select a.attname from pg_attribute a
                                              where a.attrelid = i.indrelid and a.attnum = any(i.indkey)), ' ') as columns,
                       coalesce(pg_get_expr(i.indpred, i.indrelid), '') || ' ' || coalesce(pg_get_expr(i.indexprs, i.indrelid), '') as expressions
                  from pg_index i
                 where i.indrelid = 'notifications'::regclass
                    or i.indrelid in (select inhrelid from pg_inherits where inhparent = 'notifications'::regclass)""");
        assertThat(indexes).isNotEmpty();
        for (Map<String, Object> index : indexes) {
            String text = index.get("columns") + " " + index.get("expressions");
            for (String column : DISPATCH_COLUMNS) {
                assertThat(text.split("[^a-z_]+")).as("index %s", index.get("index_name")).doesNotContain(column);
            }
        }
        // New monthly partitions get the same room.
        jdbc.queryForObject("select ensure_notification_partitions(3)::text", String.class);
        List<String> options = jdbc.queryForList("""
                select coalesce(array_to_string(c.reloptions, ','), '') from pg_inherits h join pg_class c on c.oid = h.inhrelid
                 where h.inhparent = 'notifications'::regclass""", String.class);
        assertThat(options).hasSizeGreaterThanOrEqualTo(4).allSatisfy(option -> assertThat(option).contains("fillfactor=50"));
    }
}
