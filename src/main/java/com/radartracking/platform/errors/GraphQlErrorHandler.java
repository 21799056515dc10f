package com.radartracking.platform.errors;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * The one place where exceptions thrown by data fetchers become GraphQL errors with an
 * {@code extensions.code}. Anything unexpected is logged with its stack and shown as a generic
 * INTERNAL_SERVER_ERROR, never as a stack trace.
 */
@Component
class GraphQlErrorHandler implements DataFetcherExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GraphQlErrorHandler.class);

    @Override
    public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(
            DataFetcherExceptionHandlerParameters parameters) {
        Throwable exception = unwrap(parameters.getException());
        Map<String, Object> extensions = extensionsOf(exception);
        GraphQLError error = GraphqlErrorBuilder.newError()
                // Our own classification: left alone by DGS, which would otherwise call any
                // data-fetcher error UNAVAILABLE / SERVICE_ERROR, even a NOT_FOUND.
                .errorType(ErrorClassification.errorClassification(String.valueOf(extensions.get("code"))))
                .path(parameters.getPath())
                .location(parameters.getSourceLocation())
                .message(messageOf(exception))
                .extensions(extensions)
                .build();
        return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult(error).build());
    }

    static Throwable unwrap(Throwable exception) {
        Throwable current = exception;
        while ((current instanceof CompletionException || current.getClass().getName().contains("InvocationTarget"))
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static String messageOf(Throwable exception) {
        return switch (exception) {
            case DomainException e -> e.getMessage();
            case ConstraintViolationException e -> e.getMessage();
            case AccessDeniedException e -> "Not allowed";
            case AuthenticationException e -> "Authentication required";
            case DataIntegrityViolationException e -> "The change conflicts with existing data";
            default -> "Internal server error";
        };
    }

    private Map<String, Object> extensionsOf(Throwable exception) {
        return switch (exception) {
            case DomainException e -> e.extensions();
            case ConstraintViolationException e -> Map.of("code", ErrorCode.BAD_USER_INPUT.name());
            case AccessDeniedException e -> Map.of("code", ErrorCode.FORBIDDEN.name());
            case AuthenticationException e -> Map.of("code", ErrorCode.UNAUTHENTICATED.name());
            case DataIntegrityViolationException e -> {
                log.warn("Integrity violation surfaced to a client: {}", e.getMostSpecificCause().getMessage());
                yield Map.of("code", ErrorCode.CONFLICT.name());
            }
            default -> {
                log.error("Unexpected error in a data fetcher", exception);
                yield Map.of("code", ErrorCode.INTERNAL_SERVER_ERROR.name());
            }
        };
    }
}
