package com.radartracking.loyalty;

import com.radartracking.platform.tenancy.TenantContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A data loader key: a record id within the business its parent came from. Each business's keys load
 * under that business, so a batch can never read across tenants.
 */
record TenantKey(UUID businessId, UUID id) {

    /** Runs {@code load} once per business over its ids and re-keys the results. */
    static <V> Map<TenantKey, V> loadPerBusiness(Collection<TenantKey> keys, Function<List<UUID>, Map<UUID, V>> load) {
        Map<UUID, List<UUID>> idsByBusiness = keys.stream().collect(Collectors.groupingBy(TenantKey::businessId,
                Collectors.mapping(TenantKey::id, Collectors.toList())));
        Map<TenantKey, V> found = new HashMap<>();
        idsByBusiness.forEach((businessId, ids) -> TenantContext.callAs(businessId, () -> load.apply(ids))
                .forEach((id, value) -> found.put(new TenantKey(businessId, id), value)));
        return found;
    }
}
