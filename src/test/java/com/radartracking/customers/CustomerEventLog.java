package com.radartracking.customers;

import com.radartracking.support.EventsByBusiness;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Test listener (a plain component of the shared test context): keeps the customers module's events per
 * business, as a synchronous listener in another module (loyalty) would receive them.
 */
@Component
class CustomerEventLog {

    private static final EventsByBusiness EVENTS = new EventsByBusiness();

    @EventListener
    void on(VisitRecorded event) {
        EVENTS.add(event.businessId(), event);
    }

    @EventListener
    void on(CustomerEnrolled event) {
        EVENTS.add(event.businessId(), event);
    }

    @EventListener
    void on(CustomerConsentChanged event) {
        EVENTS.add(event.businessId(), event);
    }

    static <T> List<T> of(UUID businessId, Class<T> type) {
        return EVENTS.of(businessId, type);
    }
}
