package com.radartracking.push.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.push.gateway.PushGateway;
import com.radartracking.push.gateway.standin.FcmStandIn;
import com.radartracking.push.gateway.standin.FcmStandInInitializer;
import com.radartracking.support.ApiIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dispatcher end to end through the real Firebase Admin SDK (the application's own FCM gateway) to the
 * FCM stand-in, which answers by token prefix with FCM's real error responses: every error class ends in
 * its final state, Retry-After is respected, QUOTA_EXCEEDED waits at least a minute.
 */
@ContextConfiguration(initializers = FcmStandInInitializer.class)
class FcmDispatchIT extends ApiIntegrationTest {

    private static final FcmStandIn STAND_IN = FcmStandIn.shared();

    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private DispatchStore store;
    @Autowired
    private DispatchMetrics metrics;
    @Autowired
    private PushGateway gateway;

    private PushOutbox outbox;
    private DispatchWorker worker;

    @BeforeEach
    void setUp() {
        outbox = new PushOutbox(jdbc, transactions);
        DispatchProperties properties = DispatchProperties.defaults();
        worker = new DispatchWorker(store, gateway, new RetryPolicy(properties), metrics, properties);
    }

    @AfterEach
    void restoreStandIn() {
        STAND_IN.settings().reset();
    }

    private void drain() {
        for (int i = 0; i < 1_000 && worker.runOnce() > 0; i++) {
            // until nothing is due
        }
    }

    @Test
    void everyErrorClassEndsInItsState() {
        assertThat(gateway.describe()).contains("fcm");
        // QUOTA_EXCEEDED says "Retry-After: 5" (we still wait a minute); UNAVAILABLE says 120 s (beyond the
        // SDK's own 60 s retry limit, so the SDK hands it to us at once).
        STAND_IN.settings().quotaRetryAfterSeconds(5).unavailableRetryAfterSeconds(120);
        UUID business = signUpBusiness("FCM dispatch").businessId();
        UUID send = outbox.send(business);
        PushOutbox.Device ok = outbox.device(business, "device-" + UUID.randomUUID());
        PushOutbox.Device unregistered = outbox.device(business, "unregistered-" + UUID.randomUUID());
        PushOutbox.Device invalidToken = outbox.device(business, "invalid-token-" + UUID.randomUUID());
        PushOutbox.Device invalidPayload = outbox.device(business, "invalid-payload-" + UUID.randomUUID());
        PushOutbox.Device quota = outbox.device(business, "quota-" + UUID.randomUUID());
        PushOutbox.Device internal = outbox.device(business, "internal-" + UUID.randomUUID());
        PushOutbox.Device unavailable = outbox.device(business, "unavailable-" + UUID.randomUUID());
        Map<PushOutbox.Device, UUID> rows = new java.util.LinkedHashMap<>();
        for (PushOutbox.Device device : List.of(ok, unregistered, invalidToken, invalidPayload, quota, internal, unavailable)) {
            rows.put(device, outbox.queue(send, device, -1));
        }
        UUID unregisteredLater = outbox.queue(outbox.send(business), unregistered, 3_600);

        drain();

        Map<String, Object> sent = outbox.row(business, rows.get(ok));
        assertThat(sent.get("status")).isEqualTo("SENT");
        assertThat((String) sent.get("provider_message_id")).startsWith("projects/" + FcmStandInInitializer.PROJECT_ID + "/messages/");
        assertThat(STAND_IN.acceptedFor(ok.token())).isEqualTo(1);

        assertThat(outbox.row(business, rows.get(unregistered))).containsEntry("status", "FAILED")
                .containsEntry("error_code", "UNREGISTERED");
        assertThat(outbox.deviceRow(unregistered)).containsEntry("deactivation_reason", "UNREGISTERED");
        assertThat(outbox.status(business, unregisteredLater)).isEqualTo("CANCELLED");

        assertThat(outbox.row(business, rows.get(invalidToken))).containsEntry("status", "FAILED");
        assertThat(outbox.deviceRow(invalidToken).get("deactivated_at")).isNotNull();

        // INVALID_ARGUMENT about the payload fails the message and keeps the device.
        assertThat(outbox.row(business, rows.get(invalidPayload))).containsEntry("status", "FAILED");
        assertThat(outbox.deviceRow(invalidPayload).get("deactivated_at")).isNull();

        Map<String, Object> quotaRow = outbox.row(business, rows.get(quota));
        assertThat(quotaRow).containsEntry("status", "QUEUED").containsEntry("error_code", "QUOTA_EXCEEDED");
        assertThat(dueIn(quotaRow)).isBetween(55.0, 61.0);

        Map<String, Object> internalRow = outbox.row(business, rows.get(internal));
        assertThat(internalRow).containsEntry("status", "QUEUED").containsEntry("error_code", "INTERNAL");
        assertThat(dueIn(internalRow)).isLessThanOrEqualTo(2.5);

        Map<String, Object> unavailableRow = outbox.row(business, rows.get(unavailable));
        assertThat(unavailableRow).containsEntry("status", "QUEUED").containsEntry("error_code", "UNAVAILABLE");
        assertThat(dueIn(unavailableRow)).as("Retry-After 120 s respected").isBetween(110.0, 121.0);

        assertThat(outbox.settings(business).get("blocked_at")).as("no sender error: not blocked").isNull();
    }

    @Test
    void aTimeoutIsRetried() {
        STAND_IN.settings().slowDelay(java.time.Duration.ofSeconds(5));
        UUID business = signUpBusiness("FCM dispatch slow").businessId();
        UUID row = outbox.queue(outbox.send(business), outbox.device(business, "slow-" + UUID.randomUUID()), -1);
        // One pass, not drain(): the retry is due about a second later, and on a loaded machine the next pass of
        // a drain could start after that and try it again (attempts 2, seen in a full run at load 7).
        assertThat(worker.runOnce()).isPositive();
        Map<String, Object> retried = outbox.row(business, row);
        assertThat(retried).containsEntry("status", "QUEUED").containsEntry("attempts", 1);
        assertThat(retried.get("error_code")).isNotNull();
    }

    @Test
    void senderMismatchAndAuthFailuresBlockTheirBusinessOnly() {
        UUID mismatch = signUpBusiness("FCM dispatch mismatch").businessId();
        UUID auth = signUpBusiness("FCM dispatch auth").businessId();
        UUID fine = signUpBusiness("FCM dispatch fine").businessId();
        UUID mismatchRow = outbox.queue(outbox.send(mismatch), outbox.device(mismatch, "sender-mismatch-" + UUID.randomUUID()), -1);
        UUID authRow = outbox.queue(outbox.send(auth), outbox.device(auth, "auth-" + UUID.randomUUID()), -1);
        UUID fineRow = outbox.queue(outbox.send(fine), outbox.device(fine, "device-" + UUID.randomUUID()), -1);

        drain();

        assertThat(outbox.row(mismatch, mismatchRow)).containsEntry("status", "QUEUED")
                .containsEntry("held_reason", "SENDER_BLOCKED").containsEntry("error_code", "SENDER_ID_MISMATCH");
        assertThat((String) outbox.settings(mismatch).get("blocked_reason")).startsWith("SENDER_ID_MISMATCH");
        assertThat(outbox.row(auth, authRow)).containsEntry("status", "QUEUED").containsEntry("held_reason", "SENDER_BLOCKED");
        assertThat(outbox.settings(auth).get("blocked_at")).isNotNull();
        assertThat(outbox.status(fine, fineRow)).isEqualTo("SENT");
        assertThat(outbox.settings(fine).get("blocked_at")).isNull();

        // Blocked businesses' later messages never reach FCM.
        PushOutbox.Device later = outbox.device(mismatch, "device-" + UUID.randomUUID());
        UUID laterRow = outbox.queue(outbox.send(mismatch), later, -1);
        drain();
        assertThat(outbox.status(mismatch, laterRow)).isEqualTo("QUEUED");
        assertThat(STAND_IN.received(later.token())).isZero();
    }

    private static double dueIn(Map<String, Object> row) {
        return ((Number) row.get("due_in_seconds")).doubleValue();
    }
}
