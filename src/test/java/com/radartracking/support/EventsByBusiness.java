package com.radartracking.support;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What a test listener of a module's events keeps: the events per business, so tests of one business
 * never see another's, whichever tests share the application context and run at the same time.
 */
public final class EventsByBusiness {

    private final Map<UUID, List<Object>> events = new ConcurrentHashMap<>();

    public void add(UUID businessId, Object event) {
        events.computeIfAbsent(businessId, id -> new CopyOnWriteArrayList<>()).add(event);
    }

    /** The business's events of that type, in the order they were received. */
    public <T> List<T> of(UUID businessId, Class<T> type) {
        return events.getOrDefault(businessId, List.of()).stream().filter(type::isInstance).map(type::cast).toList();
    }
}
