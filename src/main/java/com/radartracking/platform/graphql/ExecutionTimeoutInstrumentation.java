package com.radartracking.platform.graphql;

import com.radartracking.platform.errors.DomainException;
import com.radartracking.platform.errors.ErrorCode;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import java.time.Duration;
import java.util.Map;

/**
 * Stops fetching once a request has run longer than the timeout: every field fetched after the
 * deadline fails with TIMEOUT instead of adding more load.
 */
class ExecutionTimeoutInstrumentation extends SimplePerformantInstrumentation {

    private final Duration timeout;

    ExecutionTimeoutInstrumentation(Duration timeout) {
        this.timeout = timeout;
    }

    private record Deadline(long nanos) implements InstrumentationState {
        boolean passed() {
            return System.nanoTime() - nanos > 0;
        }
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new Deadline(System.nanoTime() + timeout.toNanos());
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher,
            InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
        if (!(state instanceof Deadline deadline) || parameters.isTrivialDataFetcher()) {
            return dataFetcher;
        }
        return environment -> {
            if (deadline.passed()) {
                throw new DomainException(ErrorCode.TIMEOUT,
                        "The request exceeded the execution time limit of " + timeout.toMillis() + " ms",
                        Map.of("limit", "timeout"));
            }
            return dataFetcher.get(environment);
        };
    }
}
