package com.radartracking.platform.graphql;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.Instrumentation;
import graphql.schema.GraphQLTypeUtil;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;

/** Wires the GraphQL limits as graphql-java instrumentations that DGS picks up. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GraphQlLimits.class)
class GraphQlConfiguration {

    /**
     * What a field costs: scalar and enum leaves nothing (they are read from an object already fetched),
     * an object field 1 plus its children, and a paged field ({@code first}) its children times the page
     * size. So {@code users(first: 30) { edges { node { id email assignedLocations { id name } } } }}
     * costs 1 + 30 x 3 = 91: what grows the work is objects and pages, not columns.
     */
    static final FieldComplexityCalculator PAGE_AWARE_COMPLEXITY = (environment, childComplexity) -> {
        if (GraphQLTypeUtil.isLeaf(environment.getFieldDefinition().getType())) {
            return 0;
        }
        Object first = environment.getArguments().get("first");
        int multiplier = first instanceof Integer size && size > 0 ? size : 1;
        return 1 + childComplexity * multiplier;
    };

    @Bean
    Instrumentation maxDepthInstrumentation(GraphQlLimits limits) {
        return new MaxQueryDepthInstrumentation(limits.maxDepth()) {
            @Override
            protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
                return LimitErrors.abort(LimitErrors.Limit.DEPTH, depth, maxDepth);
            }
        };
    }

    @Bean
    Instrumentation maxComplexityInstrumentation(GraphQlLimits limits) {
        return new MaxQueryComplexityInstrumentation(limits.maxComplexity(), PAGE_AWARE_COMPLEXITY) {
            @Override
            protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
                return LimitErrors.abort(LimitErrors.Limit.COMPLEXITY, complexity, maxComplexity);
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

    /**
     * {@code graphql.request} and {@code graphql.datafetcher} timers (Prometheus: graphql_request_seconds,
     * graphql_datafetcher_seconds). Boot's own auto-configuration of it does not apply under DGS, whose
     * GraphQL source is built elsewhere; if it ever does, this one steps aside.
     */
    @Bean
    @ConditionalOnMissingBean(GraphQlObservationInstrumentation.class)
    GraphQlObservationInstrumentation graphQlObservationInstrumentation(ObservationRegistry observationRegistry) {
        return new GraphQlObservationInstrumentation(observationRegistry);
    }

    @Bean
    Instrumentation errorCodeInstrumentation() {
        return new ErrorCodeInstrumentation();
    }
}
