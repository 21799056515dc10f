package com.radartracking.customers;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Read access to the current business's customers for other modules (loyalty cards, push recipients,
 * CSV export). Runs under the caller's tenant; another business's customer is simply absent.
 */
public interface CustomerDirectory {

    Optional<CustomerSummary> find(UUID id);

    /** The customers among {@code ids} that exist in the current business, by id, in one query. */
    Map<UUID, CustomerSummary> findAll(Collection<UUID> ids);
}
