package com.radartracking.platform.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class GraphQlHttpRequestFilterTest {

    private static String problemOf(String body) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        return GraphQlHttpRequestFilter.bodyProblem(request);
    }

    @Test
    void wellFormedRequestsPass() throws Exception {
        assertThat(problemOf("{\"query\": \"{ ping }\"}")).isNull();
        assertThat(problemOf("{\"query\": \"{ ping }\", \"variables\": null, \"operationName\": null, "
                + "\"extensions\": null}")).isNull();
        assertThat(problemOf("{\"query\": \"query P { ping }\", \"variables\": {}, \"operationName\": \"P\", "
                + "\"extensions\": {}}")).isNull();
        assertThat(problemOf("{\"extensions\": {\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"ab\"}}}"))
                .as("automatic persisted queries may omit the query").isNull();
    }

    @Test
    void malformedEnvelopesSayWhatIsWrong() throws Exception {
        assertThat(problemOf("{\"query\": ")).contains("not valid JSON");
        assertThat(problemOf("")).contains("JSON");
        assertThat(problemOf("[]")).contains("JSON object");
        assertThat(problemOf("{}")).contains("no query");
        assertThat(problemOf("{\"query\": null}")).contains("no query");
        assertThat(problemOf("{\"query\": true}")).contains("query must be a string");
        assertThat(problemOf("{\"query\": \"{ ping }\", \"variables\": []}")).contains("variables");
        assertThat(problemOf("{\"query\": \"{ ping }\", \"operationName\": 3}")).contains("operationName");
        assertThat(problemOf("{\"query\": \"{ ping }\", \"extensions\": \"x\"}")).contains("extensions");
    }

    @Test
    void acceptNegotiation() {
        assertThat(GraphQlHttpRequestFilter.acceptsJson(null)).isTrue();
        assertThat(GraphQlHttpRequestFilter.acceptsJson("")).isTrue();
        assertThat(GraphQlHttpRequestFilter.acceptsJson("*/*")).isTrue();
        assertThat(GraphQlHttpRequestFilter.acceptsJson("application/*")).isTrue();
        assertThat(GraphQlHttpRequestFilter.acceptsJson("application/graphql-response+json")).isTrue();
        assertThat(GraphQlHttpRequestFilter.acceptsJson("text/html, application/json;q=0.1")).isTrue();
        assertThat(GraphQlHttpRequestFilter.acceptsJson("application/xml")).isFalse();
        assertThat(GraphQlHttpRequestFilter.acceptsJson("text/html")).isFalse();
        assertThat(GraphQlHttpRequestFilter.acceptsJson("not a media type")).isFalse();
    }
}
