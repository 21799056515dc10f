package com.radartracking.customers;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import com.radartracking.platform.graphql.Connection;
import com.radartracking.platform.graphql.GraphQlLimits;
import com.radartracking.platform.graphql.Ids;
import com.radartracking.platform.graphql.PageArgs;
import com.radartracking.platform.security.CurrentActor;
import com.radartracking.platform.security.Role;
import graphql.execution.DataFetcherResult;
import java.util.List;
import java.util.Map;

/** GraphQL entry points for customers: lookups, the filtered list, and the CRM mutations. */
@DgsComponent
class CustomerDataFetcher {

    private final CustomerQueries queries;
    private final CustomerService customers;
    private final ConsentService consents;
    private final CustomerNotes notes;
    private final GraphQlLimits limits;

    CustomerDataFetcher(CustomerQueries queries, CustomerService customers, ConsentService consents,
            CustomerNotes notes, GraphQlLimits limits) {
        this.queries = queries;
        this.customers = customers;
        this.consents = consents;
        this.notes = notes;
        this.limits = limits;
    }

    static void requireReader() {
        CurrentActor.requireRole(Role.ADMIN, Role.STAFF, Role.ANALYST);
    }

    @DgsQuery
    CustomerView customer(@InputArgument String id) {
        requireReader();
        return queries.view(Ids.parse("id", id)).orElseThrow(() -> CustomerException.customerNotFound(id));
    }

    /**
     * totalCount is counted only when asked for (on a large business it costs more than the page), and
     * then in the page's own statement; matchCount, the capped count lists should prefer, is its own.
     */
    @DgsQuery
    DataFetcherResult<Connection<CustomerView>> customers(@InputArgument Integer first, @InputArgument String after,
            @InputArgument Map<String, Object> filter, DgsDataFetchingEnvironment environment) {
        requireReader();
        PageArgs page = PageArgs.of(first, after, limits.maxPageSize());
        CustomerFilter criteria = GraphQlInputs.customerFilter(filter);
        CustomerQueries.Page found = queries.page(criteria, page, environment.getSelectionSet().contains("totalCount"));
        Connection<CustomerView> connection = Connection.of(found.rows(), page, found.totalCount(),
                row -> PageArgs.encode(row.createdAt(), row.id()), row -> row);
        // matchCount (CustomerMatchCountDataFetcher) counts with the very same filter.
        return DataFetcherResult.<Connection<CustomerView>>newResult().data(connection).localContext(criteria).build();
    }

    @DgsQuery
    List<String> customerTags(@InputArgument Integer first) {
        requireReader();
        int limit = first == null ? 100 : first;
        if (limit < 1 || limit > 500) {
            throw CustomerException.badInput("first", "first must be between 1 and 500");
        }
        return queries.tagsInUse(limit);
    }

    @DgsMutation
    CustomerView createCustomer(@InputArgument Map<String, Object> input) {
        return customers.create(GraphQlInputs.newCustomer(input));
    }

    @DgsMutation
    CustomerView updateCustomer(@InputArgument String id, @InputArgument Map<String, Object> input) {
        return customers.update(Ids.parse("id", id), GraphQlInputs.patch(input));
    }

    @DgsMutation
    CustomerView addCustomerTag(@InputArgument String customerId, @InputArgument String tag) {
        return customers.addTag(Ids.parse("customerId", customerId), tag);
    }

    @DgsMutation
    CustomerView removeCustomerTag(@InputArgument String customerId, @InputArgument String tag) {
        return customers.removeTag(Ids.parse("customerId", customerId), tag);
    }

    @DgsMutation
    NoteView addCustomerNote(@InputArgument String customerId, @InputArgument String body) {
        return notes.add(Ids.parse("customerId", customerId), body);
    }

    @DgsMutation
    CustomerView setCustomerConsents(@InputArgument String customerId, @InputArgument Map<String, Object> input) {
        return consents.set(Ids.parse("customerId", customerId), GraphQlInputs.consentAnswers(input),
                GraphQlInputs.consentSource(input));
    }
}
