package com.radartracking.platform.web;

import com.radartracking.platform.errors.ErrorCode;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Replaces Spring Boot's error page (whitelabel HTML or its default JSON): whatever ends up at
 * {@code /error} (an unknown path, a container-level refusal, an exception nothing else handled) is
 * answered in the JSON error shape with a code for its status. Never a stack trace.
 */
@Controller
class JsonErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(JsonErrorController.class);

    @RequestMapping("${server.error.path:/error}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object statusAttribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // Called directly (no error being forwarded): there is nothing at this path for clients.
        int status = statusAttribute == null ? 404
                : statusAttribute instanceof Integer value && value >= 400 ? value : 500;
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (status >= 500) {
            log.error("Unhandled error for {} {}", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    status, exception instanceof Throwable throwable ? throwable : null);
        }
        ErrorCode code = ErrorCode.forHttpStatus(status);
        JsonErrorResponses.write(request, response, status, code, messageFor(status, request), Map.of());
    }

    private static String messageFor(int status, HttpServletRequest request) {
        return switch (status) {
            case 404 -> "Nothing here: " + (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) == null
                    ? request.getRequestURI() : request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
            case 405 -> "This method is not allowed here";
            case 413 -> "The request body is too large";
            default -> status >= 500 ? "Internal server error" : "The request was refused";
        };
    }
}
