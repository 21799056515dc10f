package com.radartracking.push.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.radartracking.push.gateway.DeliveryResult.Outcome;
import com.radartracking.push.gateway.OutgoingPush.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SandboxPushGatewayTest {

    private static OutgoingPush push(int n) {
        return new OutgoingPush(UUID.randomUUID(), UUID.randomUUID(), "token-" + n, TokenKind.FCM_TOKEN, "Title " + n, "Body",
                null, Map.of());
    }

    @Test
    void recordsEveryMessageAsSentWithASandboxId() {
        SandboxPushGateway sandbox = new SandboxPushGateway(100);

        List<DeliveryResult> results = sandbox.send(List.of(push(1), push(2)));

        assertThat(results).extracting(DeliveryResult::outcome).containsExactly(Outcome.SENT, Outcome.SENT);
        assertThat(results).extracting(DeliveryResult::providerMessageId).allMatch(id -> id.startsWith("sandbox/")).doesNotHaveDuplicates();
        assertThat(sandbox.recorded()).extracting(r -> r.push().token()).containsExactly("token-1", "token-2");
        assertThat(sandbox.recorded()).extracting(SandboxPushGateway.Recorded::messageId)
                .containsExactlyElementsOf(results.stream().map(DeliveryResult::providerMessageId).toList());
        assertThat(sandbox.describe()).startsWith("sandbox").contains("sends nothing");
    }

    @Test
    void keepsOnlyTheLastMessagesButCountsAll() {
        SandboxPushGateway sandbox = new SandboxPushGateway(3);
        List<OutgoingPush> batch = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            batch.add(push(i));
        }

        sandbox.send(batch);

        assertThat(sandbox.recorded()).extracting(r -> r.push().token()).containsExactly("token-27", "token-28", "token-29");
        assertThat(sandbox.total()).isEqualTo(30);
        sandbox.clear();
        assertThat(sandbox.recorded()).isEmpty();
        assertThat(sandbox.total()).isZero();
    }

    @Test
    void refusesBatchesOverTheLimit() {
        List<OutgoingPush> batch = new ArrayList<>();
        for (int i = 0; i <= PushGateway.MAX_BATCH; i++) {
            batch.add(push(i));
        }
        assertThatThrownBy(() -> new SandboxPushGateway(10).send(batch)).isInstanceOf(IllegalArgumentException.class);
    }
}
