package com.radartracking.platform.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.platform.errors.DomainException;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerResult;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The limit instrumentations on a small schema, without the server: codes, numbers and cost model. */
class GraphQlLimitsInstrumentationTest {

    private static final String SDL = """
            type Query { ping: Boolean, items(first: Int): [Item], slow: Boolean }
            type Item { id: ID, name: String, child: Item }
            """;

    /** What the app's GraphQlErrorHandler does for domain exceptions: their extensions become the error's. */
    private static final DataFetcherExceptionHandler DOMAIN_ERRORS = parameters -> {
        DomainException exception = (DomainException) parameters.getException();
        return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult(GraphqlErrorBuilder
                .newError().message(exception.getMessage()).extensions(exception.extensions()).build()).build());
    };

    private static final Map<String, Object> ITEM = Map.of("id", "1", "name", "x");

    private static GraphQLSchema schema() {
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", type -> type
                        .dataFetcher("ping", env -> true)
                        .dataFetcher("slow", env -> true)
                        .dataFetcher("items", env -> List.of(ITEM)))
                .build();
        return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL), wiring);
    }

    private static ExecutionResult run(GraphQlLimits limits, String query) {
        GraphQlConfiguration configuration = new GraphQlConfiguration();
        List<Instrumentation> instrumentations = List.of(configuration.maxDepthInstrumentation(limits),
                configuration.maxComplexityInstrumentation(limits), configuration.aliasLimitInstrumentation(limits),
                configuration.executionTimeoutInstrumentation(limits), configuration.errorCodeInstrumentation());
        return GraphQL.newGraphQL(schema()).instrumentation(new ChainedInstrumentation(instrumentations))
                .defaultDataFetcherExceptionHandler(DOMAIN_ERRORS).build().execute(query);
    }

    private static GraphQlLimits limits(int depth, int complexity, int aliases, Duration timeout) {
        return new GraphQlLimits(depth, complexity, aliases, 100, 102_400, timeout, false);
    }

    private static final GraphQlLimits DEFAULTS = limits(12, 2000, 20, Duration.ofMinutes(1));

    private static Map<String, Object> firstErrorExtensions(ExecutionResult result) {
        assertThat(result.getErrors()).as("errors").isNotEmpty();
        return result.getErrors().getFirst().getExtensions();
    }

    @Test
    void scalarLeavesCostNothingAndPagesMultiplyTheirChildren() {
        // items = 1 + (child = 1 + (child = 1 + 0)) * 100 = 201: over 200, under 202.
        String query = "{ items(first: 100) { id name child { id name child { id name } } } }";
        assertThat(run(limits(12, 201, 20, Duration.ofMinutes(1)), query).getErrors()).isEmpty();
        Map<String, Object> extensions = firstErrorExtensions(run(limits(12, 200, 20, Duration.ofMinutes(1)), query));
        assertThat(extensions).containsEntry("code", "QUERY_TOO_COMPLEX").containsEntry("limit", "complexity")
                .containsEntry("actual", 201).containsEntry("maximum", 200);
        // Many scalar fields on a big page stay cheap.
        assertThat(run(limits(12, 1, 20, Duration.ofMinutes(1)), "{ items(first: 100) { id name } }").getErrors())
                .isEmpty();
    }

    @Test
    void depthOverTheMaximumIsQueryTooDeep() {
        String deep = "{ items { child { child { child { id } } } } }";
        assertThat(run(limits(5, 2000, 20, Duration.ofMinutes(1)), deep).getErrors()).isEmpty();
        Map<String, Object> extensions = firstErrorExtensions(run(limits(4, 2000, 20, Duration.ofMinutes(1)), deep));
        assertThat(extensions).containsEntry("code", "QUERY_TOO_DEEP").containsEntry("maximum", 4);
    }

    @Test
    void aliasesOverTheMaximumAreRefusedBeforeAnythingRuns() {
        String twentyOne = IntStream.range(0, 21).mapToObj(i -> "p" + i + ": ping")
                .reduce("{", (doc, field) -> doc + " " + field) + " }";
        ExecutionResult result = run(DEFAULTS, twentyOne);
        assertThat(firstErrorExtensions(result)).containsEntry("code", "TOO_MANY_ALIASES").containsEntry("actual", 21);
        assertThat((Object) result.getData()).isNull();
        assertThat(run(DEFAULTS, twentyOne.replace(" p20: ping", "")).getErrors()).isEmpty();
    }

    @Test
    void fetchesAfterTheDeadlineFailWithTimeout() {
        // An already expired deadline: deterministic, no sleeping.
        ExecutionResult expired = run(limits(12, 2000, 20, Duration.ofNanos(-1)), "{ slow }");
        Map<String, Object> extensions = firstErrorExtensions(expired);
        assertThat(extensions).containsEntry("code", "TIMEOUT").containsEntry("limit", "timeout");
        assertThat(run(DEFAULTS, "{ slow }").getErrors()).isEmpty();
    }

    @Test
    void graphQlJavaErrorsGetACode() {
        List<GraphQLError> parse = run(DEFAULTS, "{ ping ").getErrors();
        assertThat(parse.getFirst().getExtensions()).containsEntry("code", "GRAPHQL_PARSE_FAILED");
        List<GraphQLError> validation = run(DEFAULTS, "{ nope }").getErrors();
        assertThat(validation.getFirst().getExtensions()).containsEntry("code", "GRAPHQL_VALIDATION_FAILED");
    }

    @Test
    void codesAreReadFromDgsRewrittenErrorsToo() {
        GraphQLError rewritten = graphql.GraphqlErrorBuilder.newError().message("Invalid syntax with offending token")
                .extensions(Map.of("classification", "InvalidSyntax", "errorType", "BAD_REQUEST")).build();
        assertThat(ErrorCodeInstrumentation.codeFor(rewritten)).isEqualTo("GRAPHQL_PARSE_FAILED");
        GraphQLError validation = graphql.GraphqlErrorBuilder.newError().message("Validation error (FieldUndefined)")
                .extensions(Map.of("classification", "ValidationError")).build();
        assertThat(ErrorCodeInstrumentation.codeFor(validation)).isEqualTo("GRAPHQL_VALIDATION_FAILED");
        GraphQLError variable = graphql.GraphqlErrorBuilder.newError().message("Variable 'x' has an invalid value")
                .extensions(Map.of("classification", "ValidationError")).build();
        assertThat(ErrorCodeInstrumentation.codeFor(variable)).isEqualTo("BAD_USER_INPUT");
        GraphQLError introspection = graphql.GraphqlErrorBuilder.newError()
                .message("Introspection has been disabled for this request").build();
        assertThat(ErrorCodeInstrumentation.codeFor(introspection)).isEqualTo("FORBIDDEN");
    }
}
