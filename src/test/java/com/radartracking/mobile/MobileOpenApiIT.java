package com.radartracking.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.isolation.RestEndpoints;
import com.radartracking.support.MobileClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/** The shim's OpenAPI document lists every shim endpoint, nothing else, with its security; Swagger UI loads. */
class MobileOpenApiIT extends MobileTestSupport {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void theDocumentListsEveryShimEndpointAndNothingElse() {
        MobileClient.Response document = mobile.get(MobileClient.BASE + "/openapi.json", null, null);
        assertThat(document.status()).as(document.raw()).isEqualTo(200);
        assertThat(document.text("openapi")).startsWith("3.");

        Set<String> documented = new TreeSet<>();
        document.body().path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation ->
                documented.add(operation.getKey().toUpperCase() + " " + path.getKey())));
        assertThat(documented).as("documented operations").isEqualTo(RestEndpoints.of(mappings, "/api/mobile/"));
        assertThat(documented).contains("POST /api/mobile/v1/enrolments", "POST /api/mobile/v1/sessions",
                "GET /api/mobile/v1/me", "PATCH /api/mobile/v1/me", "GET /api/mobile/v1/me/cards",
                "GET /api/mobile/v1/me/visits", "PUT /api/mobile/v1/me/consents");
    }

    @Test
    void securitySchemesSayWhatEachEndpointNeeds() {
        JsonNode document = mobile.get(MobileClient.BASE + "/openapi.json", null, null).body();
        JsonNode schemes = document.path("components").path("securitySchemes");
        assertThat(schemes.path("appKey").path("type").asString()).isEqualTo("apiKey");
        assertThat(schemes.path("appKey").path("in").asString()).isEqualTo("header");
        assertThat(schemes.path("appKey").path("name").asString()).isEqualTo("X-App-Key");
        assertThat(schemes.path("customerToken").path("scheme").asString()).isEqualTo("bearer");

        JsonNode me = document.path("paths").path("/api/mobile/v1/me").path("get").path("security").get(0);
        assertThat(me.has("appKey") && me.has("customerToken")).as("both, in one requirement: %s", me).isTrue();
        JsonNode enrol = document.path("paths").path("/api/mobile/v1/enrolments").path("post").path("security").get(0);
        assertThat(enrol.has("appKey") && !enrol.has("customerToken")).as("%s", enrol).isTrue();
        JsonNode unauthorized = document.path("paths").path("/api/mobile/v1/enrolments").path("post").path("responses")
                .path("401").path("content").path("application/problem+json").path("schema");
        assertThat(unauthorized.path("$ref").asString()).isEqualTo("#/components/schemas/Problem");
        assertThat(document.path("components").path("schemas").path("Problem").path("properties").has("code"))
                .as("the problem schema is defined").isTrue();
    }

    @Test
    void everyReferenceResolves() {
        JsonNode document = mobile.get(MobileClient.BASE + "/openapi.json", null, null).body();
        Set<String> references = new TreeSet<>();
        collectReferences(document, references);
        assertThat(references).isNotEmpty();
        for (String reference : references) {
            assertThat(reference).startsWith("#/components/schemas/");
            assertThat(document.path("components").path("schemas").has(reference.substring("#/components/schemas/".length())))
                    .as("%s is defined", reference).isTrue();
        }
    }

    private static void collectReferences(JsonNode node, Set<String> references) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                if (field.getKey().equals("$ref")) {
                    references.add(field.getValue().asString());
                } else {
                    collectReferences(field.getValue(), references);
                }
            });
        } else if (node.isArray()) {
            node.forEach(element -> collectReferences(element, references));
        }
    }

    @Test
    void swaggerUiIsServed() throws Exception {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(graphQl.baseUrl()
                + MobileClient.BASE + "/docs")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(page.uri() + ": " + page.body()).isEqualTo(200);
        assertThat(page.body()).containsIgnoringCase("swagger");
    }
}
