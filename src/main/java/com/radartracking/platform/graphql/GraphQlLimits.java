package com.radartracking.platform.graphql;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits that keep one request from taking the server down: document depth, complexity (connection
 * fields weigh their page size), aliases, page size, request body size and execution time.
 * {@code devMode} opens introspection and GraphiQL to everyone (the dev profile sets it).
 */
@ConfigurationProperties("radar.graphql")
public record GraphQlLimits(
        int maxDepth,
        int maxComplexity,
        int maxAliases,
        int maxPageSize,
        int maxRequestBytes,
        Duration executionTimeout,
        boolean devMode) {
}
