package com.radartracking.push.sending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.support.TenantFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Background expansion: keyset chunks, each committed with the send's position; a crash (a chunk rolled
 * back, or progress lost entirely) resumes without writing any recipient twice; cancellation stops it
 * between chunks; scheduled sends wait for their time.
 */
class PushFanoutIT extends PushTestSupport {

    private TenantFixture tenant;

    @BeforeEach
    void business() {
        worker.pause(true);
        tenant = signUpBusiness("Fanout Café");
        bulkCustomers(tenant.businessId(), 250, true, "all");
        bulkCustomers(tenant.businessId(), 20, false, "all");
    }

    @AfterEach
    void resume() {
        worker.pause(false);
    }

    private UUID sendToAll() {
        JsonNode send = sendPush(tenant.adminToken(), Map.of("kind", "ALL"), message("Hola", "{{firstName}}")).ok()
                .data("sendPush");
        assertThat(send.path("status").asString()).isEqualTo("EXPANDING");
        return UUID.fromString(send.path("id").asString());
    }

    private Map<String, Object> state(UUID sendId) {
        return asTenant(tenant.businessId(), () -> jdbc.queryForMap("""
                select s.status, s.recipients, s.skipped, s.expanded_through,
                       (select count(*) from notifications n where n.send_id = s.id) as rows,
                       (select count(distinct n.device_token_id) from notifications n where n.send_id = s.id) as devices,
                       (select count(*) from push_skips k where k.send_id = s.id) as skips
                  from push_sends s where s.id = ?""", sendId));
    }

    @Test
    void expandsInKeysetChunksEachCommittedWithItsPosition() {
        UUID send = sendToAll();
        assertThat(TenantContext.callAs(tenant.businessId(), () -> worker.expand(send, 1, 100))).isEqualTo(1);
        Map<String, Object> first = state(send);
        assertThat(first.get("status")).isEqualTo("EXPANDING");
        assertThat(first.get("expanded_through")).isNotNull();
        assertThat(((Number) first.get("rows")).intValue() + ((Number) first.get("skips")).intValue()).isEqualTo(100);

        assertThat(TenantContext.callAs(tenant.businessId(), () -> worker.expand(send, 100, 100))).isEqualTo(2);
        Map<String, Object> done = state(send);
        assertThat(done.get("status")).isEqualTo("QUEUED");
        assertThat(done).containsEntry("recipients", 250).containsEntry("skipped", 20);
        assertThat(((Number) done.get("rows")).intValue()).isEqualTo(250);
        assertThat(((Number) done.get("devices")).intValue()).isEqualTo(250);
        assertThat(((Number) done.get("skips")).intValue()).isEqualTo(20);
    }

    @Test
    void aCrashMidChunkOrLostProgressNeverWritesARecipientTwice() {
        UUID send = sendToAll();
        TenantContext.runAs(tenant.businessId(), () -> worker.expand(send, 1, 100));
        // A crash inside the next chunk: its rows and its position roll back together.
        assertThatThrownBy(() -> TenantContext.runAs(tenant.businessId(), () -> transactions.executeWithoutResult(status -> {
            worker.expandChunk(send, 100);
            throw new IllegalStateException("simulated crash");
        }))).hasMessageContaining("simulated crash");
        Map<String, Object> afterCrash = state(send);
        assertThat(((Number) afterCrash.get("rows")).intValue() + ((Number) afterCrash.get("skips")).intValue())
                .isEqualTo(100);
        // Worse: the position is lost entirely and the whole audience is expanded again from the start.
        asTenant(tenant.businessId(), () -> jdbc.update(
                "update push_sends set expanded_through = null, recipients = 0, skipped = 0 where id = ?", send));
        TenantContext.runAs(tenant.businessId(), () -> worker.expand(send, 100, 100));
        Map<String, Object> resumed = state(send);
        assertThat(resumed.get("status")).isEqualTo("QUEUED");
        assertThat(((Number) resumed.get("rows")).intValue()).isEqualTo(250);
        assertThat(((Number) resumed.get("devices")).intValue()).isEqualTo(250);
        assertThat(((Number) resumed.get("skips")).intValue()).isEqualTo(20);
    }

    @Test
    void cancellingMidExpansionStopsIt() {
        UUID send = sendToAll();
        TenantContext.runAs(tenant.businessId(), () -> worker.expand(send, 1, 100));
        JsonNode cancelled = graphQl.execute(tenant.adminToken(),
                "mutation($id: ID!) { cancelPushSend(id: $id) { status counts { queued cancelled } } }",
                Map.of("id", send.toString())).ok().data("cancelPushSend");
        assertThat(cancelled.path("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.path("counts").path("queued").asInt()).isZero();
        int written = cancelled.path("counts").path("cancelled").asInt();
        assertThat(written).isPositive().isLessThanOrEqualTo(100);
        assertThat(TenantContext.callAs(tenant.businessId(), () -> worker.expand(send, 100, 100))).isZero();
        assertThat(((Number) state(send).get("rows")).intValue()).isEqualTo(written);
    }

    @Test
    void aScheduledSendStartsWhenDueThroughTheWorkersPoll() {
        JsonNode send = sendPush(tenant.adminToken(), Map.of("kind", "SEGMENT", "segment", Map.of("tag", "all")),
                message("Luego", "x"), Map.of("scheduledAt", Instant.now().plus(Duration.ofHours(3)).toString()))
                .ok().data("sendPush");
        UUID id = UUID.fromString(send.path("id").asString());
        worker.expandDue();
        assertThat(state(id).get("status")).isEqualTo("SCHEDULED");
        asTenant(tenant.businessId(), () -> jdbc.update(
                "update push_sends set scheduled_at = now() - interval '1 second' where id = ?", id));
        worker.expandDue();
        assertThat(state(id)).containsEntry("status", "QUEUED").containsEntry("recipients", 250);
    }
}
