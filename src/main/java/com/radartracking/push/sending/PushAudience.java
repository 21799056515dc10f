package com.radartracking.push.sending;

import com.radartracking.customers.CustomerFilter;
import com.radartracking.customers.CustomerSegments;
import com.radartracking.platform.graphql.Ids;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who a send goes to: one customer, a hand-picked list (at most 10,000 ids), a segment (the customers
 * list's filter) or everyone. Kept on the send as asked ({@code push_sends.audience}), so a scheduled or
 * interrupted expansion reads the same audience later.
 */
record PushAudience(Kind kind, UUID customerId, List<UUID> customerIds, CustomerFilter segment) {

    enum Kind { CUSTOMER, CUSTOMERS, SEGMENT, ALL }

    static final int MAX_CUSTOMER_IDS = 10_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @SuppressWarnings("unchecked")
    static PushAudience from(Map<String, Object> input) {
        if (input == null || input.get("kind") == null) {
            throw PushException.badInput("audience", "An audience kind is required");
        }
        Kind kind = Kind.valueOf(input.get("kind").toString());
        Object customerId = input.get("customerId");
        Object customerIds = input.get("customerIds");
        Object segment = input.get("segment");
        requireOnly(kind, Kind.CUSTOMER, "customerId", customerId);
        requireOnly(kind, Kind.CUSTOMERS, "customerIds", customerIds);
        requireOnly(kind, Kind.SEGMENT, "segment", segment);
        return switch (kind) {
            case CUSTOMER -> new PushAudience(kind, Ids.parse("customerId", customerId.toString()), List.of(), null);
            case CUSTOMERS -> {
                List<UUID> ids = List.copyOf(new LinkedHashSet<>(
                        Ids.parseAll("customerIds", (Collection<String>) customerIds)));
                if (ids.isEmpty()) {
                    throw PushException.badInput("customerIds", "customerIds must not be empty");
                }
                if (ids.size() > MAX_CUSTOMER_IDS) {
                    throw PushException.badInput("customerIds", String.format(
                            "At most %,d customers per list (%,d given); use a segment for more", MAX_CUSTOMER_IDS,
                            ids.size()));
                }
                yield new PushAudience(kind, null, ids, null);
            }
            case SEGMENT -> new PushAudience(kind, null, List.of(),
                    CustomerSegments.fromInput((Map<String, Object>) segment));
            case ALL -> new PushAudience(kind, null, List.of(), null);
        };
    }

    private static void requireOnly(Kind kind, Kind owner, String field, Object value) {
        if (kind == owner && value == null) {
            throw PushException.badInput(field, field + " is required for a " + owner + " audience");
        }
        if (kind != owner && value != null) {
            throw PushException.badInput(field, field + " belongs to a " + owner + " audience, not " + kind);
        }
    }

    /** The ids a CUSTOMER or CUSTOMERS audience names. */
    List<UUID> ids() {
        return kind == Kind.CUSTOMER ? List.of(customerId) : customerIds;
    }

    boolean isList() {
        return kind == Kind.CUSTOMER || kind == Kind.CUSTOMERS;
    }

    String toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        switch (kind) {
            case CUSTOMER -> json.put("customerId", customerId.toString());
            case CUSTOMERS -> json.put("customerIds", customerIds.stream().map(UUID::toString).toList());
            case SEGMENT -> json.put("segment", segment);
            case ALL -> { }
        }
        return JSON.writeValueAsString(json);
    }

    @SuppressWarnings("unchecked")
    static PushAudience fromJson(String kind, String json) {
        Map<String, Object> map = JSON.readValue(json, Map.class);
        Kind k = Kind.valueOf(kind);
        return switch (k) {
            case CUSTOMER -> new PushAudience(k, UUID.fromString((String) map.get("customerId")), List.of(), null);
            case CUSTOMERS -> {
                List<UUID> ids = new ArrayList<>();
                ((List<String>) map.get("customerIds")).forEach(id -> ids.add(UUID.fromString(id)));
                yield new PushAudience(k, null, ids, null);
            }
            case SEGMENT -> new PushAudience(k, null, List.of(),
                    JSON.convertValue(map.get("segment"), CustomerFilter.class));
            case ALL -> new PushAudience(k, null, List.of(), null);
        };
    }

    /** The SQL condition on {@code customers c} selecting the audience (under the current tenant). */
    CustomerSegments.Condition condition(UUID businessId) {
        return switch (kind) {
            case CUSTOMER, CUSTOMERS -> new CustomerSegments.Condition(
                    "c.business_id = :businessId and c.id = any(:audienceIds)",
                    Map.of("businessId", businessId, "audienceIds", ids().toArray(UUID[]::new)));
            case SEGMENT -> CustomerSegments.where(businessId, segment);
            case ALL -> new CustomerSegments.Condition("c.business_id = :businessId", Map.of("businessId", businessId));
        };
    }
}
