package com.radartracking.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.platform.RawHttp.Answer;
import com.radartracking.support.ApiIntegrationTest;
import com.radartracking.support.GraphQlResponse;
import com.radartracking.support.TenantFixture;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bad requests of every kind get a precise 4xx or a GraphQL error with an {@code extensions.code} and
 * a JSON body; never a 500, an empty body or an HTML page.
 */
class BadRequestIT extends ApiIntegrationTest {

    private static final Map<String, String> JSON_REQUEST = Map.of("Content-Type", "application/json");

    private RawHttp http;

    @BeforeEach
    void setUpHttp() {
        http = new RawHttp(graphQl.baseUrl());
    }

    @Test
    void malformedJsonIs400() {
        assertRefused(http.send("POST", "/graphql", JSON_REQUEST, "{\"query\": "), 400, "BAD_REQUEST");
        assertRefused(http.send("POST", "/graphql", JSON_REQUEST, ""), 400, "BAD_REQUEST");
        assertRefused(http.send("POST", "/graphql", JSON_REQUEST, "[1, 2]"), 400, "BAD_REQUEST");
    }

    @Test
    void wrongOrMissingContentTypeIs415() {
        assertRefused(http.send("POST", "/graphql", Map.of("Content-Type", "text/plain"), RawHttp.graphQlBody("{ ping }")),
                415, "UNSUPPORTED_MEDIA_TYPE");
        assertRefused(http.send("POST", "/graphql", Map.of("Content-Type", "application/x-www-form-urlencoded"),
                "query=%7Bping%7D"), 415, "UNSUPPORTED_MEDIA_TYPE");
        assertRefused(http.send("POST", "/graphql", Map.of(), RawHttp.graphQlBody("{ ping }")), 415,
                "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void getAndOtherMethodsAre405WithAllowPost() {
        Answer mutation = http.send("GET", "/graphql?query=mutation%7Blogout(refreshToken:%22x%22)%7D", Map.of(), null);
        assertRefused(mutation, 405, "METHOD_NOT_ALLOWED");
        assertThat(mutation.raw().headers().firstValue("Allow")).hasValue("POST");
        assertRefused(http.send("GET", "/graphql?query=%7Bping%7D", Map.of(), null), 405, "METHOD_NOT_ALLOWED");
        assertRefused(http.send("PUT", "/graphql", JSON_REQUEST, RawHttp.graphQlBody("{ ping }")), 405,
                "METHOD_NOT_ALLOWED");
        assertRefused(http.send("DELETE", "/graphql", Map.of(), null), 405, "METHOD_NOT_ALLOWED");
    }

    @Test
    void bodyWithoutAQueryStringIs400() {
        assertRefused(http.send("POST", "/graphql", JSON_REQUEST, "{\"variables\": {}}"), 400, "BAD_REQUEST");
        assertRefused(http.send("POST", "/graphql", JSON_REQUEST, "{\"query\": 5}"), 400, "BAD_REQUEST");
        assertRefused(http.send("POST", "/graphql", JSON_REQUEST, "{\"query\": \"{ ping }\", \"variables\": \"x\"}"),
                400, "BAD_REQUEST");
        assertRefused(http.send("POST", "/graphql", JSON_REQUEST, "{\"query\": \"{ ping }\", \"operationName\": 1}"),
                400, "BAD_REQUEST");
    }

    @Test
    void invalidDocumentsAndVariablesAreGraphQlErrors() {
        graphQl.execute(null, "{ ping ").failsWith("GRAPHQL_PARSE_FAILED");
        graphQl.execute(null, "{ nope }").failsWith("GRAPHQL_VALIDATION_FAILED");
        graphQl.execute(null, "query($x: Nope) { ping }", Map.of("x", 1)).failsWith("GRAPHQL_VALIDATION_FAILED");
        TenantFixture tenant = signUpBusiness("Bad Vars");
        graphQl.execute(tenant.adminToken(), "query($n: Int!) { locations(first: $n) { totalCount } }",
                Map.of("n", "many")).failsWith("BAD_USER_INPUT");
        graphQl.execute(tenant.adminToken(), "query($n: Int!) { locations(first: $n) { totalCount } }")
                .failsWith("BAD_USER_INPUT");
    }

    @Test
    void oversizedBodyIs413WithOrWithoutContentLength() {
        String huge = "{\"query\": \"{ ping }\", \"padding\": \"" + "a".repeat(600_000) + "\"}";
        assertRefused(http.send("POST", "/graphql", JSON_REQUEST, huge), 413, "PAYLOAD_TOO_LARGE");
        assertRefused(http.sendChunked("/graphql", JSON_REQUEST, huge.getBytes(StandardCharsets.UTF_8)), 413,
                "PAYLOAD_TOO_LARGE");
    }

    @Test
    void tooDeepTooComplexOrTooAliasedDocumentsGetTheirOwnCodes() {
        TenantFixture tenant = signUpBusiness("Limits");
        GraphQlResponse deep = graphQl.execute(tenant.adminToken(), "{ __schema { types { fields { type { ofType {"
                + " ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } }")
                .failsWith("QUERY_TOO_DEEP");
        assertThat(deep.firstError().path("extensions").path("maximum").asInt()).isEqualTo(12);

        String page = "users(first: 100) { edges { node { id assignedLocations { id name } } } }";
        StringBuilder costly = new StringBuilder("{");
        for (int i = 0; i < 8; i++) {
            costly.append(" u").append(i).append(": ").append(page);
        }
        GraphQlResponse complex = graphQl.execute(tenant.adminToken(), costly.append(" }").toString())
                .failsWith("QUERY_TOO_COMPLEX");
        assertThat(complex.firstError().path("message").asString()).contains("first");
        assertThat(complex.firstError().path("extensions").path("limit").asString()).isEqualTo("complexity");

        StringBuilder aliases = new StringBuilder("{");
        for (int i = 0; i < 21; i++) {
            aliases.append(" p").append(i).append(": ping");
        }
        graphQl.execute(null, aliases.append(" }").toString()).failsWith("TOO_MANY_ALIASES");
    }

    @Test
    void aTeamPageWithAssignedLocationsIsWithinTheComplexityLimit() {
        TenantFixture tenant = signUpBusiness("Team Page");
        graphQl.execute(tenant.adminToken(), """
                { users(first: 30) { totalCount edges { cursor node { id email displayName role active lockedUntil
                  lastLoginAt createdAt assignedLocations { id name address timeZone active point { latitude longitude } } } }
                  pageInfo { hasNextPage endCursor } } }""").ok();
    }

    @Test
    void pageSizeOverTheMaximumIsBadUserInput() {
        TenantFixture tenant = signUpBusiness("Big Page");
        GraphQlResponse response = graphQl.execute(tenant.adminToken(), "{ locations(first: 1000) { totalCount } }")
                .failsWith("BAD_USER_INPUT");
        assertThat(response.firstError().path("extensions").path("field").asString()).isEqualTo("first");
        graphQl.execute(tenant.adminToken(), "{ locations(first: 0) { totalCount } }").failsWith("BAD_USER_INPUT");
    }

    @Test
    void unknownPathsAnswerJsonNeverHtml() {
        TenantFixture tenant = signUpBusiness("Lost");
        Answer lost = http.send("GET", "/no/such/thing", Map.of("Authorization", "Bearer " + tenant.adminToken(),
                "Accept", "text/html"), null);
        assertRefused(lost, 404, "NOT_FOUND");
        assertRefused(http.send("GET", "/no/such/thing", Map.of("Accept", "text/html"), null), 401, "UNAUTHENTICATED");
        assertRefused(http.send("POST", "/actuator/health", Map.of(), null), 405, "METHOD_NOT_ALLOWED");
        assertRefused(http.send("GET", "/error", Map.of("Accept", "text/html"), null), 404, "NOT_FOUND");
    }

    private static void assertRefused(Answer answer, int status, String code) {
        assertThat(answer.status()).as("status of %s", answer.raw().body()).isEqualTo(status);
        assertThat(answer.contentType()).as("content type").contains("json");
        assertThat(answer.code()).as("code in %s", answer.raw().body()).isEqualTo(code);
        assertThat(answer.json().path("errors").path(0).path("message").asString()).isNotBlank();
        assertThat(answer.raw().body()).doesNotContain("<html", "Whitelabel", "Exception", "\tat ");
    }
}
