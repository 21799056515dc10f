package com.radartracking.platform.web;

import com.radartracking.platform.errors.ErrorCode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes an error in the GraphQL error shape ({@code {"errors":[{"message","extensions":{"code"}}]}})
 * from servlet filters and entry points, where no message converter is at hand. Messages are ours,
 * never user input, so escaping quotes and backslashes is enough.
 */
public final class JsonErrorResponses {

    private JsonErrorResponses() {
    }

    public static void write(HttpServletResponse response, ErrorCode code, String message) throws IOException {
        response.setStatus(code.httpStatus());
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String escaped = message.replace("\\", "\\\\").replace("\"", "\\\"");
        response.getWriter().write("{\"errors\":[{\"message\":\"" + escaped
                + "\",\"extensions\":{\"code\":\"" + code.name() + "\"}}]}");
    }
}
