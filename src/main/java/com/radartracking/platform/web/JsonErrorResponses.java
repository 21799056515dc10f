package com.radartracking.platform.web;

import com.radartracking.platform.errors.ErrorCode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an HTTP-level refusal in the GraphQL error shape
 * ({@code {"errors":[{"message","extensions":{"code",...}}]}}), from filters, entry points, the
 * exception resolver and the error controller alike, so a client parses every error the same way and
 * never meets an HTML or Spring-default body.
 */
public final class JsonErrorResponses {

    /** The GraphQL-over-HTTP media type; used for the error when the client asked only for it. */
    public static final String GRAPHQL_RESPONSE_JSON = "application/graphql-response+json";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonErrorResponses() {
    }

    public static void write(HttpServletResponse response, ErrorCode code, String message) throws IOException {
        write(null, response, code.httpStatus(), code, message, Map.of());
    }

    /**
     * Writes {@code status} with the error body; {@code request} (may be null) decides the media type:
     * application/graphql-response+json when that is all the client accepts, else application/json.
     */
    public static void write(HttpServletRequest request, HttpServletResponse response, int status, ErrorCode code,
            String message, Map<String, Object> extraExtensions) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(mediaTypeFor(request));
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body(code, message, extraExtensions));
        response.flushBuffer();
    }

    /** The JSON error document. */
    public static String body(ErrorCode code, String message, Map<String, Object> extraExtensions) {
        Map<String, Object> extensions = new LinkedHashMap<>(extraExtensions);
        extensions.put("code", code.name());
        return JSON.writeValueAsString(Map.of("errors", List.of(Map.of("message", message, "extensions", extensions))));
    }

    static String mediaTypeFor(HttpServletRequest request) {
        String accept = request == null ? null : request.getHeader("Accept");
        if (accept != null && accept.contains(GRAPHQL_RESPONSE_JSON) && !accept.contains("application/json")
                && !accept.contains("*/*")) {
            return GRAPHQL_RESPONSE_JSON;
        }
        return "application/json";
    }
}
