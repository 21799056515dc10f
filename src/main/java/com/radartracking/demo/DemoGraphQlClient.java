package com.radartracking.demo;

import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** A minimal GraphQL-over-HTTP client for the seeder. */
class DemoGraphQlClient {

    private final RestClient http;

    DemoGraphQlClient(String url) {
        this.http = RestClient.builder().baseUrl(url).build();
    }

    /** The login payload, or null when the credentials do not work (yet). */
    @SuppressWarnings("unchecked")
    Map<String, Object> tryLogin(String email, String password) {
        Map<String, Object> response = post(null, """
                mutation($input: LoginInput!) { login(input: $input) { accessToken } }""",
                Map.of("input", Map.of("email", email, "password", password)));
        Map<String, Object> data = (Map<String, Object>) response.get("data");
        return data == null ? null : (Map<String, Object>) data.get("login");
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> call(String token, String query, Map<String, Object> variables, String field) {
        Map<String, Object> response = post(token, query, variables);
        if (response.get("errors") instanceof List<?> errors && !errors.isEmpty()) {
            throw new IllegalStateException("Demo seeding call " + field + " failed: " + errors);
        }
        return (Map<String, Object>) ((Map<String, Object>) response.get("data")).get(field);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> post(String token, String query, Map<String, Object> variables) {
        return http.post()
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .headers(headers -> {
                    if (token != null) {
                        headers.setBearerAuth(token);
                    }
                })
                .body(Map.of("query", query, "variables", variables))
                .retrieve()
                .body(Map.class);
    }
}
