package com.radartracking.customers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Segments for other modules (push audiences, campaigns): the customers list's own {@link CustomerFilter},
 * read from the same GraphQL input and compiled to the same SQL condition as the list, so a segment
 * always means exactly what the list shows for that filter.
 */
public final class CustomerSegments {

    private CustomerSegments() {
    }

    /**
     * A condition on {@code customers c} (starting with the tenant, {@code c.business_id = :businessId})
     * and its named parameters.
     */
    public record Condition(String sql, Map<String, Object> params) {
    }

    /** A {@code CustomerFilter} GraphQL input (already coerced by DGS) as the filter record. */
    public static CustomerFilter fromInput(Map<String, Object> input) {
        return GraphQlInputs.customerFilter(input);
    }

    /** The list's condition for {@code filter}, run under {@code businessId}'s tenant. */
    public static Condition where(UUID businessId, CustomerFilter filter) {
        CustomerSearch.Sql sql = CustomerSearch.where(businessId, filter);
        return new Condition(sql.where(), sql.params().getValues());
    }

    /** "tag vip, search ana, 3+ visits": the filter for people (push history, campaign summaries). */
    public static String describe(CustomerFilter filter) {
        List<String> parts = new ArrayList<>();
        if (filter.search() != null && !filter.search().isBlank()) {
            parts.add("search " + filter.search().trim());
        }
        filter.tags().forEach(tag -> parts.add("tag " + tag));
        if (filter.preferredLocationId() != null) {
            parts.add("preferred location");
        }
        if (filter.visitedLocationId() != null) {
            parts.add("visited a location");
        }
        if (filter.lastVisitFrom() != null || filter.lastVisitTo() != null) {
            parts.add("last visit in range");
        }
        if (filter.minVisits() != null) {
            parts.add(filter.minVisits() + "+ visits");
        }
        if (filter.maxVisits() != null) {
            parts.add("at most " + filter.maxVisits() + " visits");
        }
        if (filter.createdFrom() != null || filter.createdTo() != null) {
            parts.add("created in range");
        }
        return parts.isEmpty() ? "all customers" : String.join(", ", parts);
    }
}
