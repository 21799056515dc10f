package com.radartracking.customers;

import graphql.schema.DataFetchingEnvironment;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;

/**
 * GraphQL {@code Customer} objects for other modules' fields (a notification's customer, a skipped
 * recipient), through this module's batching loader: a page of them costs one query, and the object is
 * the one the customers module resolves its own child fields on.
 */
public final class CustomerObjects {

    private CustomerObjects() {
    }

    /** The customer of {@code businessId} with {@code customerId}, or null when it is not one of its customers. */
    public static CompletableFuture<Object> load(DataFetchingEnvironment environment, UUID businessId,
            UUID customerId) {
        if (customerId == null) {
            return CompletableFuture.completedFuture(null);
        }
        DataLoader<CustomerKey, CustomerView> loader = environment.getDataLoader(CustomerLoaders.CUSTOMERS);
        return loader.load(new CustomerKey(businessId, customerId)).thenApply(found -> found);
    }
}
