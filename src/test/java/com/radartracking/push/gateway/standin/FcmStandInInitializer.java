package com.radartracking.push.gateway.standin;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring test context's push gateway at the JVM's shared {@link FcmStandIn} through the real
 * Firebase Admin SDK: {@code @ContextConfiguration(initializers = FcmStandInInitializer.class)} on a
 * {@code @SpringBootTest}. Every test class that uses it gets the same properties, so Spring's context
 * cache shares one context among them. Short timeouts keep failing tests quick.
 */
public class FcmStandInInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String PROJECT_ID = "radar-test";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("fcm-stand-in", Map.of(
                "radar.push.gateway.provider", "fcm",
                "radar.push.gateway.fcm.endpoint", FcmStandIn.shared().endpoint(),
                "radar.push.gateway.fcm.project-id", PROJECT_ID,
                "radar.push.gateway.fcm.credentials-file", "",
                "radar.push.gateway.fcm.credentials-json", "",
                "radar.push.gateway.fcm.connect-timeout", "1s",
                "radar.push.gateway.fcm.read-timeout", "2s",
                "radar.push.gateway.fcm.batch-timeout", "10s")));
    }
}
