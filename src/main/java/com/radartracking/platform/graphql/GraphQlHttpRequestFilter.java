package com.radartracking.platform.graphql;

import com.radartracking.platform.errors.ErrorCode;
import com.radartracking.platform.web.JsonErrorResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks the HTTP envelope of a GraphQL request before any GraphQL machinery sees it, and refuses a bad
 * one with a precise 4xx and a JSON error (GraphQL over HTTP): only POST (405, so a mutation can never
 * ride on a link or a prefetch), a JSON content type (415), an Accept header that allows a JSON answer
 * (406), and a body that is a JSON object with a string {@code query}, an object or null {@code
 * variables} and {@code extensions}, a string or null {@code operationName} (400). Runs after
 * {@link RequestBodyLimitFilter}, whose buffered body it reads.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class GraphQlHttpRequestFilter extends OncePerRequestFilter {

    static final String PATH = "/graphql";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<MediaType> ANSWERS = List.of(MediaType.APPLICATION_JSON,
            MediaType.parseMediaType(JsonErrorResponses.GRAPHQL_RESPONSE_JSON));

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !PATH.equals(request.getRequestURI()) || "OPTIONS".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String problem = null;
        ErrorCode code = ErrorCode.BAD_REQUEST;
        if (!"POST".equals(request.getMethod())) {
            response.setHeader("Allow", "POST");
            code = ErrorCode.METHOD_NOT_ALLOWED;
            problem = "GraphQL requests are sent with POST and a JSON body; " + request.getMethod() + " is not served";
        } else if (!isJson(request.getContentType())) {
            code = ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            problem = "Send the request with Content-Type: application/json (got "
                    + (request.getContentType() == null ? "none" : "'" + request.getContentType() + "'") + ")";
        } else if (!acceptsJson(request.getHeader("Accept"))) {
            code = ErrorCode.NOT_ACCEPTABLE;
            problem = "This endpoint answers application/graphql-response+json or application/json; "
                    + "add one of them to the Accept header";
        } else {
            problem = bodyProblem(request);
        }
        if (problem == null) {
            chain.doFilter(request, response);
        } else {
            JsonErrorResponses.write(request, response, code.httpStatus(), code, problem, Map.of());
        }
    }

    private static boolean isJson(String contentType) {
        try {
            return contentType != null && MediaType.APPLICATION_JSON.includes(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    static boolean acceptsJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return true;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(wanted -> ANSWERS.stream().anyMatch(wanted::isCompatibleWith));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    /** Why the body is not a GraphQL request, or null when it is one. */
    static String bodyProblem(HttpServletRequest request) throws IOException {
        JsonNode body;
        try {
            body = JSON.readTree(request.getInputStream());
        } catch (JacksonException e) {
            return "The request body is not valid JSON";
        }
        if (body == null || body.isMissingNode() || !body.isObject()) {
            return "The request body must be a JSON object such as {\"query\": \"{ ping }\"}";
        }
        JsonNode query = body.path("query");
        boolean persisted = body.path("extensions").path("persistedQuery").isObject();
        if ((query.isMissingNode() || query.isNull()) && !persisted) {
            return "The request has no query: send {\"query\": \"...\"}";
        }
        if (!query.isMissingNode() && !query.isNull() && !query.isString()) {
            return "query must be a string holding the GraphQL document";
        }
        if (!nullOr(body.path("variables"), JsonNode::isObject)) {
            return "variables must be a JSON object (or null)";
        }
        if (!nullOr(body.path("operationName"), JsonNode::isString)) {
            return "operationName must be a string (or null)";
        }
        if (!nullOr(body.path("extensions"), JsonNode::isObject)) {
            return "extensions must be a JSON object (or null)";
        }
        return null;
    }

    private static boolean nullOr(JsonNode node, java.util.function.Predicate<JsonNode> test) {
        return node.isMissingNode() || node.isNull() || test.test(node);
    }
}
