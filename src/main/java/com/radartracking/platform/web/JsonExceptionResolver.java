package com.radartracking.platform.web;

import com.radartracking.platform.errors.DomainException;
import com.radartracking.platform.errors.ErrorCode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers the refusals Spring MVC raises itself (wrong method, media type, unreadable body, missing
 * parameter...) and domain errors escaping a controller with the JSON error shape, instead of an empty
 * body or Spring's default error document. Anything else is left to the other resolvers and, in the
 * end, to {@link JsonErrorController}.
 */
@Component
class JsonExceptionResolver implements HandlerExceptionResolver, Ordered {

    @Override
    public int getOrder() {
        // Right after Boot's DefaultErrorAttributes (which only records the exception).
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception exception) {
        try {
            switch (exception) {
                case DomainException e -> write(request, response, e.code().httpStatus(), e.code(), e.getMessage(),
                        e.extensions());
                case HttpRequestMethodNotSupportedException e -> {
                    if (e.getSupportedHttpMethods() != null) {
                        response.setHeader("Allow", e.getSupportedHttpMethods().stream().map(Object::toString)
                                .collect(Collectors.joining(", ")));
                    }
                    write(request, response, 405, ErrorCode.METHOD_NOT_ALLOWED,
                            "Method " + e.getMethod() + " is not allowed here", Map.of());
                }
                case HttpMediaTypeNotSupportedException e -> write(request, response, 415,
                        ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Unsupported content type; use application/json", Map.of());
                case HttpMediaTypeNotAcceptableException e -> write(request, response, 406, ErrorCode.NOT_ACCEPTABLE,
                        "No acceptable representation; accept application/json", Map.of());
                case HttpMessageNotReadableException e -> write(request, response, 400, ErrorCode.BAD_REQUEST,
                        "The request body could not be read as JSON of the expected shape", Map.of());
                case ErrorResponse e when e.getStatusCode().is4xxClientError() -> {
                    int status = e.getStatusCode().value();
                    String detail = e.getBody().getDetail();
                    write(request, response, status, ErrorCode.forHttpStatus(status),
                            detail == null ? "The request was refused" : detail, Map.of());
                }
                default -> {
                    return null;
                }
            }
        } catch (IOException io) {
            return null;
        }
        return new ModelAndView();
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, int status, ErrorCode code,
            String message, Map<String, Object> extensions) throws IOException {
        Map<String, Object> extra = new java.util.LinkedHashMap<>(extensions);
        extra.remove("code");
        JsonErrorResponses.write(request, response, status, code, message, extra);
    }
}
