package com.radartracking.loyalty;

import com.radartracking.support.EventsByBusiness;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Test listener (a plain component of the shared test context): keeps the loyalty module's events per
 * business, after commit, as the campaign engine receives them.
 */
@Component
class LoyaltyEventLog {

    private static final EventsByBusiness EVENTS = new EventsByBusiness();

    @TransactionalEventListener
    void on(PointsAwarded event) {
        EVENTS.add(event.businessId(), event);
    }

    @TransactionalEventListener
    void on(RewardAvailable event) {
        EVENTS.add(event.businessId(), event);
    }

    @TransactionalEventListener
    void on(RewardRedeemed event) {
        EVENTS.add(event.businessId(), event);
    }

    @TransactionalEventListener
    void on(PointsExpired event) {
        EVENTS.add(event.businessId(), event);
    }

    static <T> List<T> of(UUID businessId, Class<T> type) {
        return EVENTS.of(businessId, type);
    }
}
