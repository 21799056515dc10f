package com.radartracking.geofencing.events;

import com.radartracking.platform.errors.DomainException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The GraphQL {@code GeoEventFilter}, parsed: every field optional, combined with AND; {@code to} exclusive. */
record GeoEventFilter(UUID geofenceId, UUID locationId, UUID customerId, List<String> kinds, Instant from,
        Instant to) {

    private static final Set<String> KINDS = Set.of("ENTER", "EXIT", "DWELL");

    @SuppressWarnings("unchecked")
    static GeoEventFilter from(Map<String, Object> input) {
        if (input == null) {
            return new GeoEventFilter(null, null, null, List.of(), null, null);
        }
        List<String> kinds = input.get("kinds") == null ? List.of()
                : ((List<Object>) input.get("kinds")).stream().map(String::valueOf).distinct().toList();
        if (!KINDS.containsAll(kinds)) {
            throw DomainException.badInput("filter.kinds", "kinds must be among " + KINDS);
        }
        Instant from = (Instant) input.get("from");
        Instant to = (Instant) input.get("to");
        if (from != null && to != null && !from.isBefore(to)) {
            throw DomainException.badInput("filter.to", "filter.to must be after filter.from");
        }
        return new GeoEventFilter(id(input, "geofenceId"), id(input, "locationId"), id(input, "customerId"), kinds,
                from, to);
    }

    private static UUID id(Map<String, Object> input, String field) {
        Object value = input.get(field);
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(String.valueOf(value));
        } catch (IllegalArgumentException e) {
            throw DomainException.badInput("filter." + field, "filter." + field + " is not a valid id");
        }
    }
}
