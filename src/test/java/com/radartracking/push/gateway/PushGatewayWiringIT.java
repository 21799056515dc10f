package com.radartracking.push.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.push.gateway.OutgoingPush.TokenKind;
import com.radartracking.push.gateway.standin.FcmStandIn;
import com.radartracking.push.gateway.standin.FcmStandInInitializer;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/** The whole application, configured as other modules' tests use the stand-in, sends through the SDK. */
@SpringBootTest
@ActiveProfiles("test")
@ContextConfiguration(initializers = FcmStandInInitializer.class)
class PushGatewayWiringIT {

    @Autowired
    PushGateway gateway;

    @Test
    void theConfiguredFcmGatewaySendsToTheStandIn() {
        String token = "wiring-" + UUID.randomUUID();

        List<DeliveryResult> results = gateway.send(List.of(new OutgoingPush(UUID.randomUUID(), UUID.randomUUID(), token,
                TokenKind.FCM_TOKEN, "Hola", "Prueba", null, Map.of())));

        assertThat(gateway).isInstanceOf(FcmPushGateway.class);
        assertThat(gateway.describe()).contains("stand-in at " + FcmStandIn.shared().endpoint());
        assertThat(results.getFirst().outcome()).isEqualTo(DeliveryResult.Outcome.SENT);
        assertThat(results.getFirst().providerMessageId()).startsWith("projects/" + FcmStandInInitializer.PROJECT_ID + "/messages/");
        assertThat(FcmStandIn.shared().acceptedFor(token)).isEqualTo(1);
    }
}
