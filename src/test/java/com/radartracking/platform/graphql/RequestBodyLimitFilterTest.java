package com.radartracking.platform.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestBodyLimitFilterTest {

    private final RequestBodyLimitFilter filter =
            new RequestBodyLimitFilter(new GraphQlLimits(12, 2000, 20, 100, 10, Duration.ofSeconds(10), false));

    private static MockHttpServletRequest post(String body, boolean declareLength) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql") {
            @Override
            public int getContentLength() {
                return declareLength ? bytes.length : -1;
            }

            @Override
            public long getContentLengthLong() {
                return getContentLength();
            }

            @Override
            public jakarta.servlet.ServletInputStream getInputStream() {
                ByteArrayInputStream source = new ByteArrayInputStream(bytes);
                return new org.springframework.mock.web.DelegatingServletInputStream(source);
            }
        };
        request.setContentType("application/json");
        return request;
    }

    @Test
    void aBodyWithinTheLimitIsPassedOnAndCanBeReadAgain() throws Exception {
        AtomicReference<String> seen = new AtomicReference<>();
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(post("{\"q\":1}", false), response, (request, ignored) -> {
            byte[] first = request.getInputStream().readAllBytes();
            byte[] second = request.getInputStream().readAllBytes();
            assertThat(second).isEqualTo(first);
            assertThat(request.getContentLength()).isEqualTo(first.length);
            seen.set(new String(first, StandardCharsets.UTF_8));
        });
        assertThat(seen.get()).isEqualTo("{\"q\":1}");
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void aBodyOverTheLimitIs413WhetherDeclaredOrStreamed() throws Exception {
        for (boolean declared : new boolean[] {true, false}) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            filter.doFilter(post("{\"query\":\"{ ping }\"}", declared), response,
                    (request, ignored) -> { throw new AssertionError("must not reach the chain"); });
            assertThat(response.getStatus()).as("declared length %s", declared).isEqualTo(413);
            assertThat(response.getContentType()).startsWith("application/json");
            assertThat(response.getContentAsString()).contains("PAYLOAD_TOO_LARGE").contains("10 bytes");
        }
    }

    @Test
    void otherRequestsAreNotTouched() {
        assertThat(filter.shouldNotFilter(new MockHttpServletRequest("GET", "/graphql"))).isTrue();
        assertThat(filter.shouldNotFilter(new MockHttpServletRequest("POST", "/actuator/health"))).isTrue();
        assertThat(filter.shouldNotFilter(new MockHttpServletRequest("POST", "/graphql"))).isFalse();
    }
}
