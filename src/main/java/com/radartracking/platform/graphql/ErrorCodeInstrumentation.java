package com.radartracking.platform.graphql;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Makes sure every error leaving the server has an {@code extensions.code}, including those graphql-java
 * raises itself before any data fetcher runs (syntax, validation, bad variables, disabled introspection).
 */
class ErrorCodeInstrumentation extends SimplePerformantInstrumentation {

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        if (result.getErrors().isEmpty()) {
            return CompletableFuture.completedFuture(result);
        }
        List<GraphQLError> errors = result.getErrors().stream().map(ErrorCodeInstrumentation::withCode).toList();
        return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(errors)));
    }

    static GraphQLError withCode(GraphQLError error) {
        Map<String, Object> extensions = error.getExtensions() == null ? new HashMap<>() : new HashMap<>(error.getExtensions());
        if (extensions.containsKey("code")) {
            return error;
        }
        extensions.put("code", codeFor(error));
        return GraphqlErrorBuilder.newError()
                .message(error.getMessage())
                .locations(error.getLocations())
                .path(error.getPath())
                .extensions(extensions)
                .build();
    }

    /**
     * graphql-java's own errors, as DGS hands them over: DGS may already have rewritten them into typed
     * errors, so the original classification is read from the {@code classification} extension too.
     */
    static String codeFor(GraphQLError error) {
        Object classification = error.getExtensions() == null ? null : error.getExtensions().get("classification");
        String kind = classification != null ? String.valueOf(classification) : String.valueOf(error.getErrorType());
        if ("InvalidSyntax".equals(kind) || error.getErrorType() == ErrorType.InvalidSyntax) {
            return "GRAPHQL_PARSE_FAILED";
        }
        if (kind.contains("Introspection") || String.valueOf(error.getMessage()).startsWith("Introspection has been disabled")) {
            return "FORBIDDEN";
        }
        if (error.getMessage() != null && error.getMessage().startsWith("Variable")) {
            return "BAD_USER_INPUT";
        }
        if ("ValidationError".equals(kind) || error.getErrorType() == ErrorType.ValidationError) {
            return "GRAPHQL_VALIDATION_FAILED";
        }
        return "INTERNAL_SERVER_ERROR";
    }
}
