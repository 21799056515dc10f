package com.radartracking.customers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@link CustomerFilter} as the jsonb object that the definer functions {@code customer_page_ids} and
 * {@code customer_count} take (migration customer_page_and_count_functions). They serve the list when it
 * is searched or filtered by tags: under row-level security the planner cannot use the trigram and tag
 * indexes for our own statement (LIKE and @> are not leakproof), and inside the function it plans the
 * whole page (conditions, keyset, order, limit) for the actual words, choosing the index that fits.
 * The conditions mean exactly what {@link CustomerSearch#where} means.
 */
final class CustomerPageFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CustomerPageFilter() {
    }

    /** Whether the list needs the definer functions: a search or a tag filter. */
    static boolean needsIndexFunctions(CustomerFilter filter) {
        return !CustomerSearch.likePatterns(filter.search()).isEmpty() || !filter.tags().isEmpty();
    }

    static String json(CustomerFilter filter) {
        Map<String, Object> json = new LinkedHashMap<>();
        List<String> patterns = CustomerSearch.likePatterns(filter.search());
        if (!patterns.isEmpty()) {
            json.put("patterns", patterns);
        }
        if (!filter.tags().isEmpty()) {
            json.put("tags", filter.tags().stream().map(Contacts::tag).toList());
        }
        putIfSet(json, "preferredLocationId", filter.preferredLocationId());
        putIfSet(json, "visitedLocationId", filter.visitedLocationId());
        putIfSet(json, "lastVisitFrom", filter.lastVisitFrom());
        putIfSet(json, "lastVisitTo", filter.lastVisitTo());
        putIfSet(json, "createdFrom", filter.createdFrom());
        putIfSet(json, "createdTo", filter.createdTo());
        putIfSet(json, "minVisits", filter.minVisits());
        putIfSet(json, "maxVisits", filter.maxVisits());
        return JSON.writeValueAsString(json);
    }

    private static void putIfSet(Map<String, Object> json, String key, Object value) {
        if (value != null) {
            json.put(key, value.toString());
        }
    }
}
