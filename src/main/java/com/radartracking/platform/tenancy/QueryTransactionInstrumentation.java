package com.radartracking.platform.tenancy;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import java.util.concurrent.CompletableFuture;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Begins the shared read-only transaction of a query operation (see {@link QueryTransactions}) once
 * graphql-java knows the operation is a query, and ends it when the result is ready, before it is
 * written. Mutations and subscriptions are left alone.
 */
@Component
class QueryTransactionInstrumentation extends SimplePerformantInstrumentation {

    private final JpaTransactionManager transactionManager;

    QueryTransactionInstrumentation(PlatformTransactionManager transactionManager) {
        this.transactionManager = (JpaTransactionManager) transactionManager;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        if (parameters.getExecutionContext().isQueryOperation()) {
            QueryTransactions.begin(transactionManager);
        }
        return super.beginExecuteOperation(parameters, state);
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult executionResult,
            InstrumentationExecutionParameters parameters, InstrumentationState state) {
        QueryTransactions.end();
        return super.instrumentExecutionResult(executionResult, parameters, state);
    }
}
