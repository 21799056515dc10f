package com.radartracking.push.gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link PushGateway} of the application, chosen by {@code radar.push.gateway.provider}; an
 * invalid configuration stops the start-up with a message naming the property to fix.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PushGatewayProperties.class)
class PushGatewayConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PushGatewayConfiguration.class);

    /** Spring closes it with the context (FcmPushGateway.close: the SDK app and its connections). */
    @Bean
    PushGateway pushGateway(PushGatewayProperties properties) {
        properties.validate();
        PushGateway gateway = switch (properties.provider()) {
            case SANDBOX -> new SandboxPushGateway(properties.sandbox().keep());
            case FCM -> new FcmPushGateway(properties.fcm());
        };
        if (gateway instanceof SandboxPushGateway) {
            log.warn("Push provider is the SANDBOX: notifications are recorded in memory and in this log, NOT sent to"
                    + " any device. Set PUSH_PROVIDER=fcm with FCM credentials to deliver them. [{}]", gateway.describe());
        } else {
            log.info("Push provider: {}", gateway.describe());
        }
        return gateway;
    }
}
