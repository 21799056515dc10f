package com.radartracking.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.platform.RawHttp.Answer;
import com.radartracking.support.ApiIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GraphQL over HTTP: the media type of the answer follows the Accept header, and with
 * application/graphql-response+json a request that cannot execute is a 4xx without {@code data}.
 * (bin/test also runs the graphql-http audit against the built jar.)
 */
class GraphQlOverHttpIT extends ApiIntegrationTest {

    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    private RawHttp http;

    @BeforeEach
    void setUpHttp() {
        http = new RawHttp(graphQl.baseUrl());
    }

    private Answer post(String accept, String body) {
        Map<String, String> headers = accept == null ? Map.of("Content-Type", "application/json")
                : Map.of("Content-Type", "application/json", "Accept", accept);
        return http.send("POST", "/graphql", headers, body);
    }

    @Test
    void answersInTheMediaTypeTheClientAccepts() {
        String ping = RawHttp.graphQlBody("{ ping }");
        Answer modern = post(GRAPHQL_RESPONSE, ping);
        assertThat(modern.status()).isEqualTo(200);
        assertThat(modern.contentType()).startsWith(GRAPHQL_RESPONSE);
        assertThat(modern.json().path("data").path("ping").asBoolean()).isTrue();

        for (String accept : new String[] {"application/json", "*/*", null}) {
            Answer legacy = post(accept, ping);
            assertThat(legacy.status()).as("Accept %s", accept).isEqualTo(200);
            assertThat(legacy.contentType()).as("Accept %s", accept).startsWith("application/json");
        }
        Answer both = post(GRAPHQL_RESPONSE + ", application/json;q=0.9", ping);
        assertThat(both.contentType()).startsWith(GRAPHQL_RESPONSE);
    }

    @Test
    void anAcceptHeaderWithoutJsonIs406() {
        Answer answer = post("application/xml", RawHttp.graphQlBody("{ ping }"));
        assertThat(answer.status()).isEqualTo(406);
        assertThat(answer.code()).isEqualTo("NOT_ACCEPTABLE");
    }

    @Test
    void invalidDocumentsAre400WithoutDataForTheGraphQlResponseType() {
        for (String document : new String[] {"{ ping ", "{ nope }", "query($x: Nope) { ping }"}) {
            Answer answer = post(GRAPHQL_RESPONSE, RawHttp.graphQlBody(document));
            assertThat(answer.status()).as(document).isEqualTo(400);
            assertThat(answer.json().has("data")).as(document).isFalse();
            assertThat(answer.code()).as(document).startsWith("GRAPHQL_");

            Answer legacy = post("application/json", RawHttp.graphQlBody(document));
            assertThat(legacy.status()).as(document).isEqualTo(200);
            assertThat(legacy.code()).as(document).isEqualTo(answer.code());
        }
    }

    @Test
    void transportErrorsUseTheGraphQlResponseTypeWhenThatIsAllTheClientAccepts() {
        Answer answer = post(GRAPHQL_RESPONSE, "{\"query\": ");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith(GRAPHQL_RESPONSE);
        assertThat(answer.code()).isEqualTo("BAD_REQUEST");
    }

    @Test
    void executionErrorsKeepStatus200AndCarryACode() {
        Answer answer = post(GRAPHQL_RESPONSE, RawHttp.graphQlBody("{ me { user { id } } }"));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.code()).isEqualTo("UNAUTHENTICATED");
        assertThat(answer.json().has("data")).isTrue();
    }
}
