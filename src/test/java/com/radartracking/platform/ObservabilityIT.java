package com.radartracking.platform;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.radartracking.platform.RawHttp.Answer;
import com.radartracking.support.ApiIntegrationTest;
import com.radartracking.support.TenantFixture;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import tools.jackson.databind.JsonNode;

/** Health and readiness, Prometheus metrics, request ids and the log context operators rely on. */
class ObservabilityIT extends ApiIntegrationTest {

    private RawHttp http;

    @BeforeEach
    void setUpHttp() {
        http = new RawHttp(graphQl.baseUrl());
    }

    @Test
    void healthShowsItsComponentsButNoDetails() {
        Answer health = http.send("GET", "/actuator/health", Map.of(), null);
        assertThat(health.status()).isEqualTo(200);
        JsonNode body = health.json();
        assertThat(body.path("status").asString()).isEqualTo("UP");
        assertThat(body.path("components").path("db").path("status").asString()).isEqualTo("UP");
        assertThat(body.path("components").path("redis").path("status").asString()).isEqualTo("UP");
        assertThat(body.path("components").path("db").has("details")).isFalse();
    }

    @Test
    void readinessCoversDatabaseAndRedisAndLivenessIsSeparate() {
        Answer readiness = http.send("GET", "/actuator/health/readiness", Map.of(), null);
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().path("status").asString()).isEqualTo("UP");
        assertThat(readiness.json().path("components").propertyNames())
                .contains("db", "redis", "readinessState");
        Answer liveness = http.send("GET", "/actuator/health/liveness", Map.of(), null);
        assertThat(liveness.status()).isEqualTo(200);
        assertThat(liveness.json().path("status").asString()).isEqualTo("UP");
    }

    @Test
    void prometheusExposesHttpAndGraphQlMetrics() {
        TenantFixture tenant = signUpBusiness("Metrics");
        graphQl.execute(tenant.adminToken(), "{ locations(first: 5) { totalCount } }").ok();
        Answer scrape = http.send("GET", "/actuator/prometheus", Map.of(), null);
        assertThat(scrape.status()).isEqualTo(200);
        String metrics = scrape.raw().body();
        assertThat(metrics).contains("http_server_requests_seconds_count{")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/graphql\"")
                .contains("graphql_request_seconds_count{")
                .containsPattern("graphql_datafetcher_seconds_count\\{[^}]*field_name=\"locations\"")
                .contains("application=\"radartracking-api\"")
                .contains("hikaricp_connections_active");
    }

    @Test
    void requestIdIsEchoedOrMadeUp() {
        Map<String, String> json = Map.of("Content-Type", "application/json");
        Answer given = http.send("POST", "/graphql", Map.of("Content-Type", "application/json",
                "X-Request-Id", "panel-42.abc"), RawHttp.graphQlBody("{ ping }"));
        assertThat(given.raw().headers().firstValue("X-Request-Id")).hasValue("panel-42.abc");

        Answer none = http.send("POST", "/graphql", json, RawHttp.graphQlBody("{ ping }"));
        assertThat(none.raw().headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> UUID.fromString(id));

        Answer unsafe = http.send("POST", "/graphql", Map.of("Content-Type", "application/json",
                "X-Request-Id", "x\" onload=alert(1)"), RawHttp.graphQlBody("{ ping }"));
        assertThat(unsafe.raw().headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> UUID.fromString(id));

        Answer refused = http.send("POST", "/graphql", Map.of("Content-Type", "text/plain", "X-Request-Id", "bad-1"), "x");
        assertThat(refused.raw().headers().firstValue("X-Request-Id")).as("errors carry the id too").hasValue("bad-1");
    }

    @Test
    void logLinesOfARequestCarryRequestIdAndBusinessIdAsStructuredJson() {
        TenantFixture tenant = signUpBusiness("Logs");
        String requestId = "log-" + UUID.randomUUID();
        List<ILoggingEvent> events = captureLogs(() -> {
            Answer answer = http.send("POST", "/graphql", Map.of("Content-Type", "application/json",
                    "Authorization", "Bearer " + tenant.adminToken(), "X-Request-Id", requestId),
                    RawHttp.JSON.writeValueAsString(Map.of("query", """
                            mutation { createLocation(input: {name: "Logged", timeZone: "UTC",
                              point: {latitude: 1, longitude: 2}}) { id } }""")));
            assertThat(answer.json().path("errors").isMissingNode()).as(answer.raw().body()).isTrue();
        });
        List<ILoggingEvent> ofRequest = events.stream()
                .filter(event -> requestId.equals(event.getMDCPropertyMap().get("requestId"))).toList();
        assertThat(ofRequest).as("log lines of the request (MDC carried to data-fetcher threads)").isNotEmpty();
        assertThat(ofRequest).allSatisfy(event ->
                assertThat(event.getMDCPropertyMap()).containsEntry("businessId", tenant.businessId().toString()));

        JsonNode line = RawHttp.JSON.readTree(ecs(ofRequest.getFirst()));
        assertThat(line.path("requestId").asString()).isEqualTo(requestId);
        assertThat(line.path("businessId").asString()).isEqualTo(tenant.businessId().toString());
        assertThat(line.path("@timestamp").isMissingNode()).isFalse();
        assertThat(line.path("service").path("name").asString()).isEqualTo("radartracking-api");
    }

    /** Collects what com.radartracking logs (DEBUG included) while {@code work} runs. */
    private static List<ILoggingEvent> captureLogs(Runnable work) {
        Logger logger = (Logger) LoggerFactory.getLogger("com.radartracking");
        Level previous = logger.getLevel();
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(Level.DEBUG);
        try {
            work.run();
        } finally {
            logger.setLevel(previous);
            logger.detachAppender(appender);
        }
        return List.copyOf(appender.list);
    }

    /** The line as production writes it (LOG_FORMAT=ecs, the default outside the dev profile). */
    private static String ecs(ILoggingEvent event) {
        StructuredLogEncoder encoder = new StructuredLogEncoder();
        encoder.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        encoder.setFormat("ecs");
        encoder.start();
        try {
            return new String(encoder.encode(event), StandardCharsets.UTF_8);
        } finally {
            encoder.stop();
        }
    }
}
