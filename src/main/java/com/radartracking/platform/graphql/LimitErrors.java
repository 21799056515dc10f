package com.radartracking.platform.graphql;

import com.radartracking.platform.errors.ErrorCode;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import java.util.List;
import java.util.Map;

/** Builds the error a client sees when a request breaks a limit. */
final class LimitErrors {

    private LimitErrors() {
    }

    static AbortExecutionException abort(String limit, String message) {
        return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
                .message(message)
                .extensions(Map.of("code", ErrorCode.BAD_USER_INPUT.name(), "limit", limit))
                .build()));
    }
}
