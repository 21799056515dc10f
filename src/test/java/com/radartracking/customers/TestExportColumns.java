package com.radartracking.customers;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A test-only {@link CustomerExportColumns} contributor (registered in every test context, next to the
 * real ones): two columns derived from the id, and a count of calls so tests can see it is asked per
 * chunk, not per row.
 */
@Component
class TestExportColumns implements CustomerExportColumns {

    static final java.util.concurrent.atomic.AtomicInteger CALLS = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public List<String> headers() {
        return List.of("test_code", "test_formula");
    }

    @Override
    public Map<UUID, List<String>> values(Collection<UUID> customerIds) {
        CALLS.incrementAndGet();
        if (customerIds.size() > ExportCursor.CHUNK_SIZE) {
            throw new IllegalStateException("asked for " + customerIds.size() + " customers at once");
        }
        Map<UUID, List<String>> values = new HashMap<>();
        customerIds.forEach(id -> values.put(id, List.of("T-" + id.toString().substring(0, 8), "=1+2")));
        return values;
    }
}
