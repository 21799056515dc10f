package com.radartracking.mobile;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The shim's OpenAPI document (served at /api/mobile/v1/openapi.json, Swagger UI at /api/mobile/v1/docs):
 * the two security schemes, which endpoints need both (the /me ones) or only the app key, and the
 * problem document every error answers with.
 */
@Configuration(proxyBeanMethods = false)
class MobileOpenApiConfiguration {

    static final String APP_KEY = "appKey";
    static final String CUSTOMER_TOKEN = "customerToken";

    @Bean
    OpenAPI mobileOpenApi() {
        return new OpenAPI()
                .info(new Info().title("RadarTracking mobile API").version("v1").description("""
                        The REST API a business's customer app talks to. Every request carries the app's public key \
                        (X-App-Key, from the panel's Mobile apps settings). Enrol or sign in to get a customer \
                        token, then send it as Authorization: Bearer <token> to the /me endpoints. Errors are \
                        RFC 9457 problem documents (application/problem+json) with a machine-readable code."""))
                .components(new Components()
                        .addSecuritySchemes(APP_KEY, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name(MobileRequestFilter.APP_KEY_HEADER)
                                .description("The app's public key, pk_live_..."))
                        .addSecuritySchemes(CUSTOMER_TOKEN, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT")
                                .description("The customer token from POST /enrolments or POST /sessions")));
    }

    /** Security per operation (app key everywhere, plus the token on /me) and the error responses. */
    @Bean
    OpenApiCustomizer mobileOperations() {
        return openApi -> {
            // Added here, after the scan: schemas set on the OpenAPI bean are replaced by the scanned ones.
            openApi.getComponents().addSchemas("Problem", problemSchema());
            describeOperations(openApi);
        };
    }

    private static void describeOperations(OpenAPI openApi) {
        openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
            boolean customer = path.startsWith(MobileSecurityConfiguration.BASE + "/me");
            SecurityRequirement requirement = new SecurityRequirement().addList(APP_KEY);
            if (customer) {
                requirement.addList(CUSTOMER_TOKEN);
            }
            operation.setSecurity(List.of(requirement));
            Content problem = new Content().addMediaType(Problems.MEDIA_TYPE,
                    new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")));
            Map<String, String> errors = new java.util.TreeMap<>(Map.of(
                    "400", "Invalid input (code BAD_USER_INPUT with field, or BAD_REQUEST)",
                    "401", "Missing or invalid app key or customer token (code UNAUTHENTICATED, with reason)"));
            if (!customer) {
                errors.put("429", "Too many requests (code RATE_LIMITED, retryAfter seconds)");
            }
            errors.forEach((status, description) -> operation.getResponses().putIfAbsent(status,
                    new ApiResponse().description(description).content(problem)));
        }));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema problemSchema() {
        return new Schema<>().type("object").description("RFC 9457 problem document")
                .addProperty("type", new Schema<>().type("string").example("about:blank"))
                .addProperty("title", new Schema<>().type("string").example("Bad Request"))
                .addProperty("status", new Schema<>().type("integer").example(400))
                .addProperty("detail", new Schema<>().type("string"))
                .addProperty("instance", new Schema<>().type("string"))
                .addProperty("code", new Schema<>().type("string").example("BAD_USER_INPUT")
                        .description("UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT, BAD_REQUEST, CONFLICT, "
                                + "RATE_LIMITED, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, ..."))
                .addProperty("field", new Schema<>().type("string").description("The input at fault"))
                .addProperty("reason", new Schema<>().type("string").description("e.g. APP_KEY_INVALID, INVALID_CODE"))
                .addProperty("retryAfter", new Schema<>().type("integer"))
                .addProperty("requestId", new Schema<>().type("string"));
    }
}
