package com.radartracking.platform.graphql;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.Instrumentation;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the GraphQL limits as graphql-java instrumentations that DGS picks up. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GraphQlLimits.class)
class GraphQlConfiguration {

    /** A connection field costs its page size times its children; anything else costs 1 + children. */
    static final FieldComplexityCalculator PAGE_AWARE_COMPLEXITY = (environment, childComplexity) -> {
        Object first = environment.getArguments().get("first");
        int multiplier = first instanceof Integer size && size > 0 ? size : 1;
        return 1 + childComplexity * multiplier;
    };

    @Bean
    Instrumentation maxDepthInstrumentation(GraphQlLimits limits) {
        return new MaxQueryDepthInstrumentation(limits.maxDepth()) {
            @Override
            protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
                return LimitErrors.abort("depth", "Query depth " + depth + " exceeds the maximum of " + maxDepth);
            }
        };
    }

    @Bean
    Instrumentation maxComplexityInstrumentation(GraphQlLimits limits) {
        return new MaxQueryComplexityInstrumentation(limits.maxComplexity(), PAGE_AWARE_COMPLEXITY) {
            @Override
            protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
                return LimitErrors.abort("complexity",
                        "Query complexity " + complexity + " exceeds the maximum of " + maxComplexity);
            }
        };
    }

    @Bean
    Instrumentation aliasLimitInstrumentation(GraphQlLimits limits) {
        return new AliasLimitInstrumentation(limits.maxAliases());
    }

    @Bean
    Instrumentation executionTimeoutInstrumentation(GraphQlLimits limits) {
        return new ExecutionTimeoutInstrumentation(limits.executionTimeout());
    }

    @Bean
    Instrumentation errorCodeInstrumentation() {
        return new ErrorCodeInstrumentation();
    }
}
