package com.radartracking.customers;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import com.radartracking.platform.tenancy.TenantContext;

/**
 * A data loader key: a customer within the business the parent object came from. Loaders run each
 * business's keys under that business, so a batch can never read across tenants.
 */
record CustomerKey(UUID businessId, UUID customerId) {

    /** Runs {@code load} once per business over its customer ids and re-keys the results. */
    static <V> Map<CustomerKey, V> loadPerBusiness(Collection<CustomerKey> keys,
            Function<List<UUID>, Map<UUID, V>> load) {
        Map<UUID, List<UUID>> idsByBusiness = keys.stream().collect(Collectors.groupingBy(CustomerKey::businessId,
                Collectors.mapping(CustomerKey::customerId, Collectors.toList())));
        Map<CustomerKey, V> found = new HashMap<>();
        idsByBusiness.forEach((businessId, ids) -> TenantContext.callAs(businessId, () -> load.apply(ids))
                .forEach((id, value) -> found.put(new CustomerKey(businessId, id), value)));
        return found;
    }
}
