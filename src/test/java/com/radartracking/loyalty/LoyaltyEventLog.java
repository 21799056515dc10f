package com.radartracking.loyalty;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Test listener (a plain component of the shared test context): keeps the loyalty module's events per
 * business, after commit, as the campaign engine receives them.
 */
@Component
class LoyaltyEventLog {

    private static final Map<UUID, List<Object>> EVENTS = new ConcurrentHashMap<>();

    @TransactionalEventListener
    void on(PointsAwarded event) {
        add(event.businessId(), event);
    }

    @TransactionalEventListener
    void on(RewardAvailable event) {
        add(event.businessId(), event);
    }

    @TransactionalEventListener
    void on(RewardRedeemed event) {
        add(event.businessId(), event);
    }

    @TransactionalEventListener
    void on(PointsExpired event) {
        add(event.businessId(), event);
    }

    static <T> List<T> of(UUID businessId, Class<T> type) {
        return EVENTS.getOrDefault(businessId, List.of()).stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static void add(UUID businessId, Object event) {
        EVENTS.computeIfAbsent(businessId, id -> new CopyOnWriteArrayList<>()).add(event);
    }
}
