package com.radartracking.platform.graphql;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Field;
import graphql.language.Node;

/**
 * Refuses documents with more aliases than allowed: aliases let one request repeat an expensive
 * field many times (e.g. 1,000 aliased login attempts) while staying shallow.
 */
class AliasLimitInstrumentation extends SimplePerformantInstrumentation {

    private final int maxAliases;

    AliasLimitInstrumentation(int maxAliases) {
        this.maxAliases = maxAliases;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        int aliases = countAliases(parameters.getExecutionContext().getDocument());
        if (aliases > maxAliases) {
            throw LimitErrors.abort(LimitErrors.Limit.ALIASES, aliases, maxAliases);
        }
        return super.beginExecuteOperation(parameters, state);
    }

    static int countAliases(Node<?> node) {
        int count = node instanceof Field field && field.getAlias() != null ? 1 : 0;
        for (Node<?> child : node.getChildren()) {
            count += countAliases(child);
        }
        return count;
    }
}
