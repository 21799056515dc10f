package com.radartracking.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** A GraphQL-over-HTTP response as tests see it: status, body, and helpers for data and error codes. */
public record GraphQlResponse(int status, JsonNode body) {

    /** {@code data.<path>} where path is dot-separated, e.g. "login.accessToken". */
    public JsonNode data(String path) {
        JsonNode node = body.path("data");
        for (String part : path.split("\\.")) {
            node = node.path(part);
        }
        return node;
    }

    public String text(String path) {
        return data(path).asString();
    }

    public List<String> errorCodes() {
        List<String> codes = new ArrayList<>();
        body.path("errors").forEach(error -> codes.add(error.path("extensions").path("code").asString()));
        return codes;
    }

    public JsonNode firstError() {
        return body.path("errors").path(0);
    }

    /** Asserts the request succeeded without GraphQL errors and returns itself. */
    public GraphQlResponse ok() {
        assertThat(body.path("errors").isMissingNode() || body.path("errors").isEmpty())
                .as("no GraphQL errors in %s", body).isTrue();
        assertThat(status).as("HTTP status of %s", body).isEqualTo(200);
        return this;
    }

    /** Asserts the first error carries {@code code} and returns itself. */
    public GraphQlResponse failsWith(String code) {
        assertThat(errorCodes()).as("error codes of %s", body).isNotEmpty();
        assertThat(errorCodes().getFirst()).as("first error code of %s", body).isEqualTo(code);
        return this;
    }
}
