package com.radartracking.push.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.push.gateway.standin.FcmStandIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** radar.push.gateway.*: which gateway the context gets, and the start-up failures of bad combinations. */
@ExtendWith(OutputCaptureExtension.class)
class PushGatewayConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(PushGatewayConfiguration.class);

    @Test
    void sandboxIsTheDefaultAndSaysSoAtStartUp(CapturedOutput output) {
        runner.run(context -> {
            assertThat(context).hasSingleBean(PushGateway.class);
            assertThat(context.getBean(PushGateway.class)).isInstanceOf(SandboxPushGateway.class);
            assertThat(context.getBean(PushGateway.class).describe()).startsWith("sandbox");
        });
        assertThat(output).contains("WARN").contains("Push provider is the SANDBOX").contains("NOT sent");
    }

    @Test
    void fcmWithAnEndpointSendsToTheStandIn(CapturedOutput output) {
        runner.withPropertyValues("radar.push.gateway.provider=fcm",
                        "radar.push.gateway.fcm.endpoint=" + FcmStandIn.shared().endpoint(),
                        "radar.push.gateway.fcm.project-id=radar-config-test",
                        "radar.push.gateway.fcm.transport=jdk",
                        "radar.push.gateway.fcm.max-concurrent-requests=8")
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    PushGateway gateway = context.getBean(PushGateway.class);
                    assertThat(gateway).isInstanceOf(FcmPushGateway.class);
                    assertThat(gateway.describe()).contains("radar-config-test", "stand-in at " + FcmStandIn.shared().endpoint(),
                            "jdk transport", "8 concurrent");
                });
        assertThat(output).contains("Push provider: fcm (project radar-config-test");
    }

    @Test
    void endpointWithTheSandboxFails() {
        runner.withPropertyValues("radar.push.gateway.fcm.endpoint=http://127.0.0.1:9")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("radar.push.gateway.fcm.endpoint").hasMessageContaining("provider is 'sandbox'"));
    }

    @Test
    void endpointWithRealCredentialsFails() {
        runner.withPropertyValues("radar.push.gateway.provider=fcm", "radar.push.gateway.fcm.project-id=p",
                        "radar.push.gateway.fcm.endpoint=http://127.0.0.1:9", "radar.push.gateway.fcm.credentials-json={}")
                .run(context -> assertThat(context).getFailure().rootCause().hasMessageContaining("do not give it real credentials"));
    }

    @Test
    void endpointNeedsAProjectAndABaseUrl() {
        runner.withPropertyValues("radar.push.gateway.provider=fcm", "radar.push.gateway.fcm.endpoint=http://127.0.0.1:9/v1/x")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("must be a base URL").hasMessageContaining("project-id"));
    }

    @Test
    void zeroTimeoutsFail() {
        runner.withPropertyValues("radar.push.gateway.provider=fcm", "radar.push.gateway.fcm.project-id=p",
                        "radar.push.gateway.fcm.endpoint=http://127.0.0.1:9", "radar.push.gateway.fcm.read-timeout=0s",
                        "radar.push.gateway.fcm.connect-timeout=0ms")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("read-timeout must be a positive duration")
                        .hasMessageContaining("connect-timeout must be a positive duration"));
    }

    @Test
    void batchTimeoutShorterThanOneRequestFails() {
        runner.withPropertyValues("radar.push.gateway.provider=fcm", "radar.push.gateway.fcm.project-id=p",
                        "radar.push.gateway.fcm.endpoint=http://127.0.0.1:9", "radar.push.gateway.fcm.batch-timeout=5s")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("batch-timeout must be at least connect-timeout + read-timeout"));
    }

    @Test
    void bothCredentialSourcesFail() {
        runner.withPropertyValues("radar.push.gateway.provider=fcm", "radar.push.gateway.fcm.credentials-file=/tmp/x.json",
                        "radar.push.gateway.fcm.credentials-json={}")
                .run(context -> assertThat(context).getFailure().rootCause().hasMessageContaining("not both"));
    }

    @Test
    void unreadableCredentialsFileFails() {
        runner.withPropertyValues("radar.push.gateway.provider=fcm", "radar.push.gateway.fcm.project-id=p",
                        "radar.push.gateway.fcm.credentials-file=/nonexistent/service-account.json")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("/nonexistent/service-account.json").hasMessageContaining("cannot be read"));
    }

    @Test
    void credentialsThatAreNotAServiceAccountFail() {
        runner.withPropertyValues("radar.push.gateway.provider=fcm", "radar.push.gateway.fcm.project-id=p",
                        "radar.push.gateway.fcm.credentials-json={\"type\": \"nonsense\"}")
                .run(context -> assertThat(context).getFailure()
                        .hasStackTraceContaining("FCM_CREDENTIALS_JSON is not a service account JSON"));
    }

    @Test
    void unknownProviderFails() {
        runner.withPropertyValues("radar.push.gateway.provider=apns")
                .run(context -> assertThat(context).getFailure().hasStackTraceContaining("radar.push.gateway.provider"));
    }

    @Test
    void concurrencyOutOfRangeFails() {
        runner.withPropertyValues("radar.push.gateway.provider=fcm", "radar.push.gateway.fcm.project-id=p",
                        "radar.push.gateway.fcm.endpoint=http://127.0.0.1:9", "radar.push.gateway.fcm.max-concurrent-requests=0")
                .run(context -> assertThat(context).getFailure().rootCause()
                        .hasMessageContaining("max-concurrent-requests must be between 1 and 10000"));
    }
}
