package com.radartracking.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.support.MobileClient;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whatever an app sends, the shim answers 4xx with a problem document, never 500 and never HTML. */
class MobileErrorsIT extends MobileTestSupport {

    @Test
    void malformedJsonIsBadRequest() {
        assertProblem(mobile.send("POST", "/enrolments", appKey, null, "application/json", "{\"firstName\": "), 400,
                "BAD_REQUEST");
        assertProblem(mobile.send("POST", "/enrolments", appKey, null, "application/json", "[1,2]"), 400,
                "BAD_REQUEST");
        assertProblem(mobile.send("POST", "/enrolments", appKey, null, "application/json", ""), 400, "BAD_REQUEST");
        assertProblem(mobile.send("POST", "/sessions", appKey, null, "application/json", "null"), 400,
                "BAD_REQUEST");
    }

    @Test
    void missingFieldsAreBadUserInputNamingTheField() {
        MobileClient.Response response = mobile.post("/enrolments", appKey, null, Map.of());
        assertProblem(response, 400, "BAD_USER_INPUT");
        assertThat(response.text("field")).isEqualTo("firstName");
        MobileClient.Response wrongType = mobile.send("POST", "/enrolments", appKey, null, "application/json",
                "{\"firstName\":\"Ana\",\"email\":\"ana@example.test\",\"consents\":[true]}");
        assertProblem(wrongType, 400, "BAD_USER_INPUT");
        assertThat(wrongType.text("field")).isEqualTo("consents");
    }

    @Test
    void oversizedBodiesAre413WhetherDeclaredOrStreamed() throws Exception {
        String big = "{\"firstName\":\"" + "a".repeat(20_000) + "\",\"email\":\"big@example.test\"}";
        assertProblem(mobile.send("POST", "/enrolments", appKey, null, "application/json", big), 413,
                "PAYLOAD_TOO_LARGE");

        // No Content-Length: chunked, so the cap applies while reading.
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(graphQl.baseUrl() + MobileClient.BASE + "/enrolments"))
                .header("X-App-Key", appKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() ->
                        new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void wrongContentTypeMethodOrPathAreTheirOwn4xx() {
        assertProblem(mobile.send("POST", "/enrolments", appKey, null, "text/plain", "firstName=Ana"), 415,
                "UNSUPPORTED_MEDIA_TYPE");
        assertProblem(mobile.send("POST", "/enrolments", appKey, null, null, null), 415, "UNSUPPORTED_MEDIA_TYPE");
        String token = mobile.enrolNew(appKey, "Metodo", uniqueEmail("method")).token();
        MobileClient.Response delete = mobile.send("DELETE", "/me", appKey, token, null, null);
        assertProblem(delete, 405, "METHOD_NOT_ALLOWED");
        assertProblem(mobile.get("/enrolments", appKey, null), 405, "METHOD_NOT_ALLOWED");
        assertProblem(mobile.get("/nothing-here", appKey, null), 404, "NOT_FOUND");
        assertProblem(mobile.get("/me/nothing-here", appKey, token), 404, "NOT_FOUND");
        assertProblem(mobile.send("GET", "/me", Map.of("X-App-Key", appKey, "Authorization", "Bearer " + token,
                "Accept", "text/html"), null), 406, "NOT_ACCEPTABLE");
    }

    @Test
    void badKeysAndTokensAre401WithAReason() {
        MobileClient.Response noKey = mobile.get("/me", null, null);
        assertProblem(noKey, 401, "UNAUTHENTICATED");
        assertThat(noKey.text("reason")).isEqualTo("APP_KEY_MISSING");
        MobileClient.Response garbageKey = mobile.get("/me", "'; drop table mobile_apps; --", null);
        assertProblem(garbageKey, 401, "UNAUTHENTICATED");
        assertThat(garbageKey.text("reason")).isEqualTo("APP_KEY_INVALID");
        MobileClient.Response badToken = mobile.get("/me", appKey, "e30.e30.e30");
        assertProblem(badToken, 401, "UNAUTHENTICATED");
        assertThat(badToken.text("reason")).isEqualTo("TOKEN_INVALID");
    }

    @Test
    void problemsCarryTheRequestIdAndInstance() {
        MobileClient.Response response = mobile.send("POST", "/enrolments", Map.of("X-App-Key", appKey,
                "Content-Type", "application/json", "X-Request-Id", "req-mobile-42"), "{}");
        assertThat(response.text("requestId")).isEqualTo("req-mobile-42");
        assertThat(response.text("instance")).isEqualTo(MobileClient.BASE + "/enrolments");
        assertThat(response.text("type")).isEqualTo("about:blank");
    }
}
