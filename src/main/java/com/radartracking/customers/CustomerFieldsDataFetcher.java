package com.radartracking.customers;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.radartracking.locations.LocationView;
import com.radartracking.locations.LocationsByIdDataLoader;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;

/** Child fields of Customer and Visit, each through a data loader so a page costs one query per field. */
@DgsComponent
class CustomerFieldsDataFetcher {

    @DgsData(parentType = "Customer", field = "preferredLocation")
    CompletableFuture<LocationView> preferredLocation(DgsDataFetchingEnvironment environment) {
        CustomerView customer = environment.getSourceOrThrow();
        if (customer.preferredLocationId() == null) {
            return CompletableFuture.completedFuture(null);
        }
        return location(environment, customer.businessId(), customer.preferredLocationId());
    }

    @DgsData(parentType = "Customer", field = "consents")
    CompletableFuture<List<ConsentView>> consents(DgsDataFetchingEnvironment environment) {
        CustomerView customer = environment.getSourceOrThrow();
        DataLoader<CustomerKey, List<ConsentView>> loader = environment.getDataLoader(CustomerLoaders.CONSENTS);
        return loader.load(new CustomerKey(customer.businessId(), customer.id()));
    }

    @DgsData(parentType = "Customer", field = "notes")
    CompletableFuture<List<NoteView>> notes(DgsDataFetchingEnvironment environment) {
        CustomerView customer = environment.getSourceOrThrow();
        DataLoader<CustomerKey, List<NoteView>> loader = environment.getDataLoader(CustomerLoaders.NOTES);
        return loader.load(new CustomerKey(customer.businessId(), customer.id()))
                .thenApply(found -> found == null ? List.of() : found);
    }

    @DgsData(parentType = "Visit", field = "customer")
    CompletableFuture<CustomerView> visitCustomer(DgsDataFetchingEnvironment environment) {
        VisitView visit = environment.getSourceOrThrow();
        DataLoader<CustomerKey, CustomerView> loader = environment.getDataLoader(CustomerLoaders.CUSTOMERS);
        return loader.load(new CustomerKey(visit.businessId(), visit.customerId()));
    }

    @DgsData(parentType = "Visit", field = "location")
    CompletableFuture<LocationView> visitLocation(DgsDataFetchingEnvironment environment) {
        VisitView visit = environment.getSourceOrThrow();
        return location(environment, visit.businessId(), visit.locationId());
    }

    private static CompletableFuture<LocationView> location(DgsDataFetchingEnvironment environment,
            java.util.UUID businessId, java.util.UUID locationId) {
        DataLoader<LocationsByIdDataLoader.Key, LocationView> loader =
                environment.getDataLoader(LocationsByIdDataLoader.NAME);
        return loader.load(new LocationsByIdDataLoader.Key(businessId, locationId));
    }
}
