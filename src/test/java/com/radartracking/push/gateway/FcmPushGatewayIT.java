package com.radartracking.push.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.push.gateway.DeliveryResult.Outcome;
import com.radartracking.push.gateway.OutgoingPush.TokenKind;
import com.radartracking.push.gateway.standin.FcmFault;
import com.radartracking.push.gateway.standin.FcmStandIn;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.convert.DurationStyle;

/**
 * FcmPushGateway through the real Firebase Admin SDK to the FCM stand-in: one test per error class of
 * issue 5, Retry-After, timeouts, a full batch in order, fid and token. Tokens are unique per test, so
 * the stand-in's per-token counters need no reset.
 */
class FcmPushGatewayIT {

    private static final FcmStandIn STAND_IN = FcmStandIn.shared();
    private static FcmPushGateway gateway;

    @BeforeAll
    static void startGateway() {
        gateway = new FcmPushGateway(fcm(STAND_IN.endpoint(), PushGatewayProperties.Transport.HTTP1, "500ms", "2s", "10s"));
    }

    @AfterAll
    static void stopGateway() {
        gateway.close();
    }

    @AfterEach
    void restoreStandIn() {
        STAND_IN.settings().reset();
    }

    static PushGatewayProperties.Fcm fcm(String endpoint, PushGatewayProperties.Transport transport,
            String connect, String read, String batch) {
        return new PushGatewayProperties.Fcm("radar-it", null, null, endpoint, DurationStyle.detectAndParse(connect),
                DurationStyle.detectAndParse(read), DurationStyle.detectAndParse(batch), 64, transport);
    }

    static OutgoingPush push(String token, TokenKind kind) {
        return new OutgoingPush(UUID.randomUUID(), UUID.randomUUID(), token, kind, "Hola Ana", "Tienes 120 puntos",
                "https://cdn.example.test/promo.png", Map.of("deepLink", "radar://rewards"));
    }

    static String token(String prefix) {
        return prefix + UUID.randomUUID();
    }

    private DeliveryResult sendOne(String token) {
        List<DeliveryResult> results = gateway.send(List.of(push(token, TokenKind.FCM_TOKEN)));
        assertThat(results).hasSize(1);
        return results.getFirst();
    }

    @ParameterizedTest
    @EnumSource(PushGatewayProperties.Transport.class)
    void sendsByTokenAndByFidOnEveryTransport(PushGatewayProperties.Transport transport) {
        try (FcmPushGateway other = new FcmPushGateway(fcm(STAND_IN.endpoint(), transport, "500ms", "2s", "10s"))) {
            String token = token("device-");
            String fid = token("fid-");

            List<DeliveryResult> results = other.send(List.of(push(token, TokenKind.FCM_TOKEN), push(fid, TokenKind.FID)));

            assertThat(results).extracting(DeliveryResult::outcome).containsExactly(Outcome.SENT, Outcome.SENT);
            assertThat(results).allSatisfy(r -> assertThat(r.providerMessageId()).startsWith("projects/radar-it/messages/"));
            assertThat(STAND_IN.acceptedFor(token)).isEqualTo(1);
            assertThat(STAND_IN.kindOf(token)).isEqualTo("token");
            assertThat(STAND_IN.acceptedFor(fid)).isEqualTo(1);
            assertThat(STAND_IN.kindOf(fid)).isEqualTo("fid");
            assertThat(other.describe()).contains("stand-in at " + STAND_IN.endpoint()).contains(transport.name().toLowerCase());
        }
    }

    @Test
    void unregisteredTokenIsInvalid() {
        DeliveryResult result = sendOne(token(FcmFault.UNREGISTERED.tokenPrefix()));
        assertThat(result.outcome()).isEqualTo(Outcome.TOKEN_INVALID);
        assertThat(result.errorCode()).isEqualTo("UNREGISTERED");
        assertThat(result.providerMessageId()).isNull();
    }

    @Test
    void invalidArgumentAboutTheTokenMakesItInvalid() {
        DeliveryResult result = sendOne(token(FcmFault.INVALID_TOKEN.tokenPrefix()));
        assertThat(result.outcome()).isEqualTo(Outcome.TOKEN_INVALID);
        assertThat(result.errorCode()).isEqualTo("INVALID_ARGUMENT");
        assertThat(result.errorMessage()).contains("registration token");
    }

    @Test
    void invalidArgumentAboutThePayloadFailsTheMessageOnly() {
        DeliveryResult result = sendOne(token(FcmFault.INVALID_PAYLOAD.tokenPrefix()));
        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.errorCode()).isEqualTo("INVALID_ARGUMENT");
        assertThat(result.retryAfter()).isNull();
    }

    @Test
    void senderIdMismatchBlocksTheSender() {
        DeliveryResult result = sendOne(token(FcmFault.SENDER_ID_MISMATCH.tokenPrefix()));
        assertThat(result.outcome()).isEqualTo(Outcome.SENDER_BLOCKED);
        assertThat(result.errorCode()).isEqualTo("SENDER_ID_MISMATCH");
    }

    @Test
    void authFailureBlocksTheSender() {
        String token = token(FcmFault.AUTH.tokenPrefix());
        DeliveryResult result = sendOne(token);
        assertThat(result.outcome()).as(result.toString()).isEqualTo(Outcome.SENDER_BLOCKED);
        assertThat(STAND_IN.received(token)).as("on 401 the SDK refreshes its access token and tries again, 4 times at most").isEqualTo(5);
        assertThat(result.errorCode()).isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void quotaExceededIsRetriedAfterRetryAfter() {
        STAND_IN.settings().quotaRetryAfterSeconds(75);
        String token = token(FcmFault.QUOTA_EXCEEDED.tokenPrefix());

        DeliveryResult result = sendOne(token);

        assertThat(result.outcome()).isEqualTo(Outcome.RETRY);
        assertThat(result.errorCode()).isEqualTo("QUOTA_EXCEEDED");
        assertThat(result.retryAfter()).isEqualTo(Duration.ofSeconds(75));
        assertThat(STAND_IN.received(token)).as("the SDK does not retry 429 itself").isEqualTo(1);
    }

    @Test
    void quotaExceededWithoutRetryAfterHasNone() {
        STAND_IN.settings().quotaRetryAfterSeconds(-1);
        DeliveryResult result = sendOne(token(FcmFault.QUOTA_EXCEEDED.tokenPrefix()));
        assertThat(result.outcome()).isEqualTo(Outcome.RETRY);
        assertThat(result.retryAfter()).isNull();
    }

    @Test
    void internalErrorIsRetried() {
        DeliveryResult result = sendOne(token(FcmFault.INTERNAL.tokenPrefix()));
        assertThat(result.outcome()).isEqualTo(Outcome.RETRY);
        assertThat(result.errorCode()).isEqualTo("INTERNAL");
    }

    @Test
    void unavailableWithALongRetryAfterIsOursToRetry() {
        // Beyond 60 s the SDK does not wait itself: one request, and the wait goes to the dispatcher.
        STAND_IN.settings().unavailableRetryAfterSeconds(120);
        String token = token(FcmFault.UNAVAILABLE.tokenPrefix());

        DeliveryResult result = sendOne(token);

        assertThat(result.outcome()).isEqualTo(Outcome.RETRY);
        assertThat(result.errorCode()).isEqualTo("UNAVAILABLE");
        assertThat(result.retryAfter()).isEqualTo(Duration.ofSeconds(120));
        assertThat(STAND_IN.received(token)).isEqualTo(1);
    }

    @Test
    void unavailableIsRetriedByTheSdkFourTimesThenByUs() {
        STAND_IN.settings().unavailableRetryAfterSeconds(1);
        String token = token(FcmFault.UNAVAILABLE.tokenPrefix());

        DeliveryResult result = sendOne(token);

        assertThat(result.outcome()).isEqualTo(Outcome.RETRY);
        assertThat(result.errorCode()).isEqualTo("UNAVAILABLE");
        assertThat(result.retryAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(STAND_IN.received(token)).as("first try + the SDK's 4 retries").isEqualTo(5);
    }

    @Test
    void slowAnswerTimesOutAsRetryWithinTheReadTimeout() {
        STAND_IN.settings().slowDelay(Duration.ofSeconds(30));
        long start = System.nanoTime();

        DeliveryResult result = sendOne(token(FcmFault.SLOW.tokenPrefix()));

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(result.outcome()).isEqualTo(Outcome.RETRY);
        assertThat(result.errorCode()).isEqualTo("TIMEOUT");
        // Read timeout 2 s; the stand-in would answer after 30 s. Generous bound: this counts, not times.
        assertThat(took).isLessThan(Duration.ofSeconds(15));
    }

    @Test
    void batchTimeoutBoundsTheCallEvenWhileTheSdkRetries() {
        STAND_IN.settings().unavailableRetryAfterSeconds(5);  // the SDK would wait 4 × 5 s
        try (FcmPushGateway strict = new FcmPushGateway(fcm(STAND_IN.endpoint(), PushGatewayProperties.Transport.HTTP1,
                "500ms", "1s", "2s"))) {
            String ok = token("device-");
            long start = System.nanoTime();

            List<DeliveryResult> results = strict.send(List.of(
                    push(token(FcmFault.UNAVAILABLE.tokenPrefix()), TokenKind.FCM_TOKEN), push(ok, TokenKind.FCM_TOKEN)));

            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(results.get(0).outcome()).isEqualTo(Outcome.RETRY);
            assertThat(results.get(0).errorCode()).isEqualTo("DEADLINE_EXCEEDED");
            assertThat(results.get(1).outcome()).isEqualTo(Outcome.SENT);
            assertThat(took).isLessThan(Duration.ofSeconds(15));
        }
    }

    @Test
    void unreachableFcmIsRetried() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (FcmPushGateway nowhere = new FcmPushGateway(fcm("http://127.0.0.1:" + closedPort,
                PushGatewayProperties.Transport.HTTP1, "500ms", "1s", "5s"))) {
            DeliveryResult result = nowhere.send(List.of(push(token("device-"), TokenKind.FCM_TOKEN))).getFirst();
            assertThat(result.outcome()).isEqualTo(Outcome.RETRY);
            assertThat(result.errorCode()).isIn("IO_ERROR", "TIMEOUT");
        }
    }

    @Test
    void messageTheSdkRefusesFailsWithoutSending() {
        DeliveryResult result = gateway.send(List.of(push(null, TokenKind.FCM_TOKEN))).getFirst();
        assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(result.errorCode()).isEqualTo("INVALID_MESSAGE");
    }

    @Test
    void fullBatchComesBackInOrder() {
        STAND_IN.settings().latency(Duration.ofMillis(5));
        List<OutgoingPush> batch = new ArrayList<>();
        List<Outcome> expected = new ArrayList<>();
        for (int i = 0; i < PushGateway.MAX_BATCH; i++) {
            FcmFault fault = i % 7 == 3 ? FcmFault.UNREGISTERED : i % 11 == 5 ? FcmFault.INTERNAL
                    : i % 13 == 6 ? FcmFault.INVALID_PAYLOAD : null;
            batch.add(push(fault == null ? "batch-" + i + "-" + UUID.randomUUID() : fault.tokenPrefix() + i + "-" + UUID.randomUUID(),
                    i % 2 == 0 ? TokenKind.FCM_TOKEN : TokenKind.FID));
            expected.add(fault == FcmFault.UNREGISTERED ? Outcome.TOKEN_INVALID : fault == FcmFault.INTERNAL ? Outcome.RETRY
                    : fault == FcmFault.INVALID_PAYLOAD ? Outcome.FAILED : Outcome.SENT);
        }

        List<DeliveryResult> results = gateway.send(batch);

        assertThat(results).extracting(DeliveryResult::outcome).containsExactlyElementsOf(expected);
        for (int i = 0; i < batch.size(); i++) {
            if (expected.get(i) == Outcome.SENT) {
                assertThat(STAND_IN.acceptedFor(batch.get(i).token())).as("message %d", i).isEqualTo(1);
            }
        }
        assertThat(results.stream().filter(r -> r.outcome() == Outcome.SENT).map(DeliveryResult::providerMessageId).distinct())
                .hasSize((int) expected.stream().filter(o -> o == Outcome.SENT).count());
    }
}
