package com.radartracking.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.support.MobileClient;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The push endpoints are in the shim's OpenAPI document with their security, bodies, answers and the consent note. */
class MobileDevicesOpenApiIT extends MobileTestSupport {

    private static final String ME = MobileClient.BASE + "/me";

    @Test
    void theDeviceAndReceiptEndpointsAreDocumented() {
        JsonNode document = mobile.get(MobileClient.BASE + "/openapi.json", null, null).body();
        JsonNode paths = document.path("paths");
        assertThat(paths.path(ME + "/devices").has("put")).isTrue();
        assertThat(paths.path(ME + "/devices").has("get")).isTrue();
        assertThat(paths.path(ME + "/devices").has("delete")).isTrue();
        assertThat(paths.path(ME + "/devices/{id}").has("delete")).isTrue();
        assertThat(paths.path(ME + "/notifications/{id}/received").has("post")).isTrue();
        assertThat(paths.path(ME + "/notifications/{id}/opened").has("post")).isTrue();

        List<JsonNode> operations = new ArrayList<>();
        paths.properties().forEach(path -> {
            if (path.getKey().startsWith(ME + "/devices") || path.getKey().startsWith(ME + "/notifications")) {
                path.getValue().properties().forEach(operation -> operations.add(operation.getValue()));
            }
        });
        assertThat(operations).hasSize(6);
        for (JsonNode operation : operations) {
            JsonNode security = operation.path("security").get(0);
            assertThat(security.has("appKey") && security.has("customerToken")).as("%s", operation).isTrue();
            assertThat(operation.path("responses").has("401")).isTrue();
            assertThat(operation.path("tags").toString()).contains("Push");
        }

        JsonNode register = paths.path(ME + "/devices").path("put");
        assertThat(register.path("description").asString()).contains("Push consent is NOT required to register");
        for (String status : List.of("200", "201")) {
            assertThat(register.path("responses").path(status).path("content").toString())
                    .as("%s answers the device", status).contains("#/components/schemas/DeviceResponse");
        }
        assertThat(register.path("responses").path("429").path("description").asString()).contains("RATE_LIMITED");
        assertThat(register.path("responses").has("400")).isTrue();
        for (String notFound : List.of(ME + "/devices/{id}", ME + "/devices")) {
            assertThat(paths.path(notFound).path("delete").path("responses").path("404").path("content")
                    .path("application/problem+json").path("schema").path("$ref").asString())
                    .isEqualTo("#/components/schemas/Problem");
        }
        assertThat(paths.path(ME + "/notifications/{id}/opened").path("post").path("responses").has("204")).isTrue();

        JsonNode body = document.path("components").path("schemas").path("DeviceBody");
        assertThat(body.path("required").toString()).contains("token", "platform");
        assertThat(body.path("properties").path("platform").path("enum").toString()).contains("ANDROID", "IOS", "WEB");
        assertThat(body.path("properties").path("tokenKind").path("enum").toString()).contains("FCM_TOKEN", "FID");
        assertThat(body.path("properties").path("token").path("maxLength").asInt()).isEqualTo(4096);
    }
}
