package com.radartracking.platform.graphql;

import com.radartracking.platform.errors.ErrorCode;
import graphql.ErrorClassification;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import java.util.List;
import java.util.Map;

/**
 * Builds the error a client sees when a document breaks a limit: a code of its own per limit (so a
 * client can tell "too costly" from a wrong argument), the limit and the measured value, and a hint.
 * Classified by its own code, so DGS does not relabel it as an outage (UNAVAILABLE).
 */
final class LimitErrors {

    enum Limit {
        DEPTH(ErrorCode.QUERY_TOO_DEEP, "depth", "Query depth %d exceeds the maximum of %d; nest fewer levels"),
        COMPLEXITY(ErrorCode.QUERY_TOO_COMPLEX, "complexity",
                "Query complexity %d exceeds the maximum of %d; ask for smaller pages (first) or fewer nested "
                        + "object fields, or split the query"),
        ALIASES(ErrorCode.TOO_MANY_ALIASES, "aliases", "The document uses %d aliases; the maximum is %d");

        private final ErrorCode code;
        private final String name;
        private final String message;

        Limit(ErrorCode code, String name, String message) {
            this.code = code;
            this.name = name;
            this.message = message;
        }
    }

    private LimitErrors() {
    }

    static AbortExecutionException abort(Limit limit, int actual, int maximum) {
        return new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
                .message(limit.message.formatted(actual, maximum))
                .errorType(ErrorClassification.errorClassification(limit.code.name()))
                .extensions(Map.of("code", limit.code.name(), "limit", limit.name, "actual", actual, "maximum", maximum))
                .build()));
    }
}
