package com.radartracking.platform.tenancy;

import java.util.UUID;

/**
 * A data loader key: a record id within the business its parent came from. {@link TenantBatchLoaders}
 * loads each business's keys under that business, so one batch can never read across tenants.
 */
public record TenantKey(UUID businessId, UUID id) {
}
