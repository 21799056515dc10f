package com.radartracking.platform.tenancy;

import io.micrometer.context.ThreadLocalAccessor;
import java.util.UUID;

/**
 * Lets Micrometer context propagation carry the tenant to the (virtual) threads DGS runs data fetchers
 * on. Registered through {@code META-INF/services}; without it those fetchers would see no tenant and,
 * fail-closed, no data.
 */
public class TenantContextAccessor implements ThreadLocalAccessor<UUID> {

    public static final String KEY = "radar.tenant";

    @Override
    public Object key() {
        return KEY;
    }

    @Override
    public UUID getValue() {
        return TenantContext.current().orElse(null);
    }

    @Override
    public void setValue(UUID value) {
        TenantContext.propagate(value);
    }

    @Override
    public void setValue() {
        TenantContext.propagate(null);
    }
}
