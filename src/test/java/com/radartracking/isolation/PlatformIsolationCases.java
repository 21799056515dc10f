package com.radartracking.isolation;

import java.util.List;
import java.util.Map;

/** The platform's own operations: only {@code ping}, which reads nothing. */
public class PlatformIsolationCases implements IsolationCases {

    @Override
    public List<IsolationCase> cases() {
        return List.of();
    }

    @Override
    public Map<String, String> tenantLessOperations() {
        return Map.of("Query.ping", "answers a constant; reads no data");
    }
}
