package com.radartracking.mobile;

import com.radartracking.platform.errors.ErrorCode;
import com.radartracking.platform.web.RequestContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the shim's errors as RFC 9457 problem documents ({@code application/problem+json}):
 * {@code type}, {@code title}, {@code status}, {@code detail}, {@code instance}, plus {@code code} (the
 * same vocabulary as GraphQL's {@code extensions.code}), the request id and any extra members
 * ({@code field}, {@code reason}, {@code retryAfter}). Filters, entry points and the exception resolver
 * all write through here, so an app parses every refusal the same way.
 */
final class Problems {

    static final String MEDIA_TYPE = "application/problem+json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {
    }

    static void write(HttpServletRequest request, HttpServletResponse response, int status, ErrorCode code,
            String detail, Map<String, Object> extensions) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (extensions.get("retryAfter") instanceof Number seconds) {
            response.setHeader("Retry-After", String.valueOf(seconds.longValue()));
        }
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.getWriter().write(JSON.writeValueAsString(body(request, status, code, detail, extensions)));
        response.flushBuffer();
    }

    static void write(HttpServletRequest request, HttpServletResponse response, ErrorCode code, String detail,
            Map<String, Object> extensions) throws IOException {
        write(request, response, code.httpStatus(), code, detail, extensions);
    }

    static Map<String, Object> body(HttpServletRequest request, int status, ErrorCode code, String detail,
            Map<String, Object> extensions) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        HttpStatus known = HttpStatus.resolve(status);
        problem.put("title", known == null ? "Error" : known.getReasonPhrase());
        problem.put("status", status);
        problem.put("detail", detail);
        if (request != null) {
            problem.put("instance", request.getRequestURI());
        }
        problem.put("code", code.name());
        RequestContext.current().ifPresent(context -> problem.put("requestId", context.requestId()));
        extensions.forEach((key, value) -> {
            if (!problem.containsKey(key)) {
                problem.put(key, value);
            }
        });
        return problem;
    }
}
