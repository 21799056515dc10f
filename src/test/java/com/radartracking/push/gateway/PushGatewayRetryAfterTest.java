package com.radartracking.push.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Retry-After as FCM may send it: seconds or an HTTP date, in whatever header case and shape. */
class PushGatewayRetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-11-29T06:00:00Z");

    @Test
    void seconds() {
        assertThat(FcmErrors.parseRetryAfter("120", NOW)).isEqualTo(Duration.ofSeconds(120));
        assertThat(FcmErrors.parseRetryAfter("0", NOW)).isEqualTo(Duration.ZERO);
    }

    @Test
    void httpDate() {
        assertThat(FcmErrors.parseRetryAfter("Sun, 29 Nov 2026 06:01:30 GMT", NOW)).isEqualTo(Duration.ofSeconds(90));
        assertThat(FcmErrors.parseRetryAfter("Sun, 29 Nov 2026 05:59:00 GMT", NOW)).isEqualTo(Duration.ZERO);
    }

    @Test
    void unreadableOrNegativeIsNone() {
        assertThat(FcmErrors.parseRetryAfter("soon", NOW)).isNull();
        assertThat(FcmErrors.parseRetryAfter("-5", NOW)).isNull();
        assertThat(FcmErrors.parseRetryAfter("", NOW)).isNull();
    }

    @Test
    void headerInAnyCaseAndAsAList() {
        assertThat(FcmErrors.retryAfter(Map.of("retry-after", List.of("30")), NOW)).isEqualTo(Duration.ofSeconds(30));
        assertThat(FcmErrors.retryAfter(Map.of("Retry-After", "45"), NOW)).isEqualTo(Duration.ofSeconds(45));
        assertThat(FcmErrors.retryAfter(Map.of("content-type", "application/json"), NOW)).isNull();
        assertThat(FcmErrors.retryAfter(null, NOW)).isNull();
    }
}
