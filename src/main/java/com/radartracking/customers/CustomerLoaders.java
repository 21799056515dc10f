package com.radartracking.customers;

import com.netflix.graphql.dgs.DgsDataLoader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dataloader.MappedBatchLoader;

/**
 * The data loaders of customer child fields: a page of customers (or of visits) costs one query per
 * child field, whatever its size.
 */
final class CustomerLoaders {

    static final String CUSTOMERS = "customersById";
    static final String CONSENTS = "customerConsents";
    static final String NOTES = "customerNotes";

    private CustomerLoaders() {
    }

    /** Customers by id, for a visit's customer. */
    @DgsDataLoader(name = CUSTOMERS)
    static class CustomersById implements MappedBatchLoader<CustomerKey, CustomerView> {

        private final CustomerQueries queries;

        CustomersById(CustomerQueries queries) {
            this.queries = queries;
        }

        @Override
        public CompletionStage<Map<CustomerKey, CustomerView>> load(Set<CustomerKey> keys) {
            return CompletableFuture.completedFuture(CustomerKey.loadPerBusiness(keys, ids -> queries.views(ids)
                    .stream().collect(Collectors.toMap(CustomerView::id, Function.identity()))));
        }
    }

    /** Current consents (all three types) per customer. */
    @DgsDataLoader(name = CONSENTS)
    static class Consents implements MappedBatchLoader<CustomerKey, List<ConsentView>> {

        private final ConsentLedger ledger;

        Consents(ConsentLedger ledger) {
            this.ledger = ledger;
        }

        @Override
        public CompletionStage<Map<CustomerKey, List<ConsentView>>> load(Set<CustomerKey> keys) {
            return CompletableFuture.completedFuture(CustomerKey.loadPerBusiness(keys, ledger::current));
        }
    }

    /** The latest notes per customer. */
    @DgsDataLoader(name = NOTES)
    static class Notes implements MappedBatchLoader<CustomerKey, List<NoteView>> {

        private final CustomerNotes notes;

        Notes(CustomerNotes notes) {
            this.notes = notes;
        }

        @Override
        public CompletionStage<Map<CustomerKey, List<NoteView>>> load(Set<CustomerKey> keys) {
            return CompletableFuture.completedFuture(CustomerKey.loadPerBusiness(keys, notes::latest));
        }
    }

}
