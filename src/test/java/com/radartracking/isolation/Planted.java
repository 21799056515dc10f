package com.radartracking.isolation;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What a case planted in tenant A: the variables the attack document is sent with (usually A's ids)
 * and markers, strings (ids, names, emails) that must never appear in what tenant B gets back.
 */
public record Planted(Map<String, Object> variables, Set<String> markers) {

    public Planted {
        variables = new LinkedHashMap<>(variables);
        markers = new LinkedHashSet<>(markers);
    }

    /** The common case: {@code $id} is A's record, which is also a marker. */
    public static Planted id(String id, String... moreMarkers) {
        return of(Map.of("id", id), id).marker(moreMarkers);
    }

    public static Planted of(Map<String, ?> variables, String... markers) {
        return new Planted(new LinkedHashMap<>(variables), Set.of(markers));
    }

    /** Nothing to send; only markers to look for (lists, operations scoped to the caller). */
    public static Planted markersOnly(String... markers) {
        return of(Map.of(), markers);
    }

    public Planted marker(String... more) {
        Set<String> all = new LinkedHashSet<>(markers);
        all.addAll(Set.of(more));
        return new Planted(variables, all);
    }

    /** The variable {@code name} as a string (e.g. to build a REST path). */
    public String var(String name) {
        return String.valueOf(variables.get(name));
    }
}
