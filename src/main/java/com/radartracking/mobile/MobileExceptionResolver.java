package com.radartracking.mobile;

import com.radartracking.platform.errors.DomainException;
import com.radartracking.platform.errors.ErrorCode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.core.JacksonException;

/**
 * Every exception under {@code /api/mobile/} becomes a problem document (see {@link Problems}): domain
 * errors with their code, Spring MVC's refusals (method, media type, unreadable JSON, unknown path) as
 * 4xx, anything unexpected as a logged 500 without details. Runs before the platform's resolver, which
 * answers the rest of the API in the GraphQL error shape.
 */
@Component
class MobileExceptionResolver implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(MobileExceptionResolver.class);

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception exception) {
        if (!request.getRequestURI().startsWith(MobileSecurityConfiguration.PREFIX)) {
            return null;
        }
        try {
            resolve(request, response, exception);
        } catch (IOException io) {
            return null;
        }
        return new ModelAndView();
    }

    private void resolve(HttpServletRequest request, HttpServletResponse response, Exception exception)
            throws IOException {
        switch (exception) {
            case DomainException e -> {
                Map<String, Object> extensions = new LinkedHashMap<>(e.extensions());
                extensions.remove("code");
                Problems.write(request, response, e.code(), e.getMessage(), extensions);
            }
            case HttpRequestMethodNotSupportedException e -> {
                if (e.getSupportedHttpMethods() != null) {
                    response.setHeader("Allow", e.getSupportedHttpMethods().stream().map(Object::toString)
                            .collect(Collectors.joining(", ")));
                }
                Problems.write(request, response, ErrorCode.METHOD_NOT_ALLOWED,
                        "Method " + e.getMethod() + " is not allowed here", Map.of());
            }
            case HttpMediaTypeNotSupportedException e -> Problems.write(request, response,
                    ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json", Map.of());
            case HttpMediaTypeNotAcceptableException e -> Problems.write(request, response,
                    ErrorCode.NOT_ACCEPTABLE, "Accept application/json", Map.of());
            case HttpMessageNotReadableException e -> unreadable(request, response, e);
            case MethodArgumentTypeMismatchException e -> Problems.write(request, response,
                    ErrorCode.BAD_USER_INPUT, e.getName() + " has the wrong type", Map.of("field", e.getName()));
            case DataIntegrityViolationException e -> {
                log.warn("Integrity violation surfaced to the app: {}", e.getMostSpecificCause().getMessage());
                Problems.write(request, response, ErrorCode.CONFLICT, "The change conflicts with existing data",
                        Map.of());
            }
            case ErrorResponse e when e.getStatusCode().is4xxClientError() -> {
                int status = e.getStatusCode().value();
                String detail = e.getBody().getDetail();
                Problems.write(request, response, status, ErrorCode.forHttpStatus(status),
                        detail == null ? "The request was refused" : detail, Map.of());
            }
            default -> {
                log.error("Unhandled error in the mobile shim for {} {}", request.getMethod(),
                        request.getRequestURI(), exception);
                Problems.write(request, response, ErrorCode.INTERNAL_SERVER_ERROR, "Internal server error", Map.of());
            }
        }
    }

    /** Too large, not JSON, or JSON of the wrong shape (naming the field when Jackson knows it). */
    private static void unreadable(HttpServletRequest request, HttpServletResponse response,
            HttpMessageNotReadableException exception) throws IOException {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyLimit.TooLarge tooLarge) {
                Problems.write(request, response, ErrorCode.PAYLOAD_TOO_LARGE,
                        "The request body exceeds " + tooLarge.limit() + " bytes", Map.of("maximum", tooLarge.limit()));
                return;
            }
        }
        String field = exception.getCause() instanceof JacksonException jackson ? fieldOf(jackson) : null;
        if (field != null) {
            Problems.write(request, response, ErrorCode.BAD_USER_INPUT, field + " has the wrong type or format",
                    Map.of("field", field));
        } else {
            Problems.write(request, response, ErrorCode.BAD_REQUEST,
                    "The request body must be a JSON object of the documented shape", Map.of());
        }
    }

    private static String fieldOf(JacksonException exception) {
        String path = exception.getPath().stream().map(reference -> reference.getPropertyName() != null
                ? reference.getPropertyName() : String.valueOf(reference.getIndex()))
                .collect(Collectors.joining("."));
        return path.isEmpty() ? null : path;
    }
}
