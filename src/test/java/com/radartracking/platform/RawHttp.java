package com.radartracking.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plain HTTP to the server under test, for requests the GraphQL client would never send. */
final class RawHttp {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    RawHttp(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A response with its body parsed as JSON (a parse failure fails the test: bodies must be JSON). */
    record Answer(int status, HttpResponse<String> raw) {
        JsonNode json() {
            return JSON.readTree(raw.body());
        }

        String contentType() {
            return raw.headers().firstValue("Content-Type").orElse("");
        }

        String code() {
            return json().path("errors").path(0).path("extensions").path("code").asString();
        }
    }

    Answer send(String method, String path, Map<String, String> headers, String body) {
        return send(method, path, headers, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
    }

    /** A body without Content-Length (chunked), as a client streaming it would send it. */
    Answer sendChunked(String path, Map<String, String> headers, byte[] body) {
        return send("POST", path, headers, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
    }

    Answer postJson(String path, String token, String body) {
        return send("POST", path, token == null ? Map.of("Content-Type", "application/json")
                : Map.of("Content-Type", "application/json", "Authorization", "Bearer " + token), body);
    }

    private Answer send(String method, String path, Map<String, String> headers, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .method(method, body);
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static String graphQlBody(String query) {
        return JSON.writeValueAsString(Map.of("query", query));
    }
}
