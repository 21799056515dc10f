package com.radartracking.identity;

import com.radartracking.audit.ActivityLog;
import com.radartracking.platform.security.CurrentActor;
import com.radartracking.platform.security.Role;
import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.platform.validation.TimeZones;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current business's own settings. */
@Service
class BusinessService {

    private final BusinessRepository businesses;
    private final ActivityLog activityLog;

    BusinessService(BusinessRepository businesses, ActivityLog activityLog) {
        this.businesses = businesses;
        this.activityLog = activityLog;
    }

    @Transactional(readOnly = true)
    Business current() {
        CurrentActor.require();
        return businesses.findById(TenantContext.require())
                .orElseThrow(() -> new IllegalStateException("Authenticated business does not exist"));
    }

    record BusinessUpdate(String name, String timeZone, String locale, String currency) {
    }

    @Transactional
    Business update(BusinessUpdate update) {
        CurrentActor.requireRole(Role.ADMIN);
        Business business = businesses.findById(TenantContext.require()).orElseThrow();
        business.update(
                update.name() == null ? business.name() : Credentials.requireName("name", update.name(), 120),
                update.timeZone() == null ? business.timeZone() : TimeZones.require("timeZone", update.timeZone()),
                update.locale() == null ? business.locale() : BusinessSettings.requireLocale(update.locale()),
                update.currency() == null ? business.currency() : BusinessSettings.requireCurrency(update.currency()));
        activityLog.record("business.updated", "Business", business.id());
        return business;
    }
}
