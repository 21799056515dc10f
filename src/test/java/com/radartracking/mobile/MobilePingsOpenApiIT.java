package com.radartracking.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.support.MobileClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** POST /me/pings is documented for an app developer: body limits, the answer, consent and every refusal. */
class MobilePingsOpenApiIT extends MobileTestSupport {

    @Test
    void thePingsOperationIsDocumented() {
        JsonNode document = mobile.get(MobileClient.BASE + "/openapi.json", null, null).body();
        JsonNode operation = document.path("paths").path("/api/mobile/v1/me/pings").path("post");
        assertThat(operation.isMissingNode()).as("POST /me/pings documented").isFalse();
        JsonNode security = operation.path("security").get(0);
        assertThat(security.has("appKey") && security.has("customerToken")).as("%s", security).isTrue();
        assertThat(operation.path("description").asString()).contains("LOCATION_CONSENT_REQUIRED", "dropped",
                "hysteresis", "recordedAt");
        for (String status : new String[] {"200", "400", "401", "403", "413", "429"}) {
            assertThat(operation.path("responses").has(status)).as("response %s", status).isTrue();
        }
        assertThat(operation.path("responses").path("403").path("content").path("application/problem+json")
                .path("schema").path("$ref").asString()).isEqualTo("#/components/schemas/Problem");

        JsonNode schemas = document.path("components").path("schemas");
        JsonNode body = schemas.path("PingsBody").path("properties");
        assertThat(body.path("pings").path("maxItems").asInt()).isEqualTo(100);
        assertThat(body.path("pings").path("minItems").asInt()).isEqualTo(1);
        assertThat(schemas.path("PingsBody").path("required").toString()).contains("pings");
        JsonNode ping = schemas.path("PingBody");
        assertThat(ping.path("required").toString()).contains("latitude", "longitude", "accuracy", "recordedAt");
        assertThat(ping.path("properties").path("latitude").path("maximum").asInt()).isEqualTo(90);
        JsonNode answer = schemas.path("PingsResponse").path("properties");
        assertThat(answer.has("accepted") && answer.has("dropped") && answer.has("events")).isTrue();
        assertThat(schemas.path("Dropped").path("properties").has("outOfOrder")).isTrue();
    }
}
