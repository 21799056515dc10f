package com.radartracking.customers;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Test listener (a plain component of the shared test context): keeps the customers module's events per
 * business, as a synchronous listener in another module (loyalty) would receive them.
 */
@Component
class CustomerEventLog {

    private static final Map<UUID, List<Object>> EVENTS = new ConcurrentHashMap<>();

    @EventListener
    void on(VisitRecorded event) {
        add(event.businessId(), event);
    }

    @EventListener
    void on(CustomerEnrolled event) {
        add(event.businessId(), event);
    }

    @EventListener
    void on(CustomerConsentChanged event) {
        add(event.businessId(), event);
    }

    static <T> List<T> of(UUID businessId, Class<T> type) {
        return EVENTS.getOrDefault(businessId, List.of()).stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static void add(UUID businessId, Object event) {
        EVENTS.computeIfAbsent(businessId, id -> new CopyOnWriteArrayList<>()).add(event);
    }
}
