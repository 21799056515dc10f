package com.radartracking.identity;

import com.radartracking.platform.tenancy.PlanLimits;
import com.radartracking.platform.tenancy.TenantContext;
import java.util.OptionalInt;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class BusinessPlanLimits implements PlanLimits {

    private final BusinessRepository businesses;

    BusinessPlanLimits(BusinessRepository businesses) {
        this.businesses = businesses;
    }

    @Override
    @Transactional(readOnly = true)
    public OptionalInt locationLimitOverride() {
        return businesses.findById(TenantContext.require())
                .map(Business::locationLimit)
                .map(OptionalInt::of)
                .orElse(OptionalInt.empty());
    }
}
