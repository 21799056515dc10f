package com.radartracking.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to the mobile shim (/api/mobile/v1) over real HTTP, as a customer's app does. */
public class MobileClient {

    public static final String BASE = "/api/mobile/v1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final GraphQlClient graphQl;

    public MobileClient(GraphQlClient graphQl) {
        this.graphQl = graphQl;
    }

    /** A response: status, content type and the body parsed as JSON (an empty object when blank). */
    public record Response(int status, String contentType, String raw, JsonNode body) {

        public String text(String field) {
            return body.path(field).asString();
        }

        public String code() {
            return body.path("code").asString();
        }
    }

    /** Registers an app for the business of {@code adminToken}; returns its public key. */
    public String createApp(String adminToken, String name) {
        return graphQl.execute(adminToken, "mutation($n: String!) { createMobileApp(name: $n) { publicKey } }",
                Map.of("n", name)).ok().text("createMobileApp.publicKey");
    }

    /** Enrols a new customer with this email through the app; returns the customer token. */
    public Enrolled enrolNew(String appKey, String firstName, String email) {
        Response response = post("/enrolments", appKey, null, Map.of("firstName", firstName, "lastName", "Test",
                "email", email));
        if (response.status() != 201) {
            throw new AssertionError("expected 201 for a new customer, got " + response.status() + ": " + response.raw());
        }
        return new Enrolled(response.text("customerId"), response.text("accessToken"));
    }

    public record Enrolled(String customerId, String token) {
    }

    public Response post(String path, String appKey, String token, Object body) {
        return send("POST", path, appKey, token, "application/json", JSON.writeValueAsString(body));
    }

    public Response get(String path, String appKey, String token) {
        return send("GET", path, appKey, token, null, null);
    }

    public Response send(String method, String path, String appKey, String token, String contentType, String body) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (appKey != null) {
            headers.put("X-App-Key", appKey);
        }
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        return send(method, path, headers, body);
    }

    public Response send(String method, String path, Map<String, String> headers, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(graphQl.baseUrl() + (path.startsWith("/api/")
                ? path : BASE + path))).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json;
            try {
                json = response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
            } catch (RuntimeException notJson) {
                json = JSON.createObjectNode();
            }
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), json);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
