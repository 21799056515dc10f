package com.radartracking.customers;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import com.radartracking.platform.graphql.Connection;
import com.radartracking.platform.graphql.GraphQlLimits;
import com.radartracking.platform.graphql.Ids;
import com.radartracking.platform.graphql.PageArgs;
import com.radartracking.platform.security.CurrentActor;
import com.radartracking.platform.security.Role;

/** Past customer imports and their reports, for the panel (Admins: they are the only ones who import). */
@DgsComponent
class CustomerImportDataFetcher {

    private final CustomerImportRecords records;
    private final GraphQlLimits limits;

    CustomerImportDataFetcher(CustomerImportRecords records, GraphQlLimits limits) {
        this.records = records;
        this.limits = limits;
    }

    @DgsQuery
    Connection<CustomerImportView> customerImports(@InputArgument Integer first, @InputArgument String after) {
        CurrentActor.requireRole(Role.ADMIN);
        PageArgs page = PageArgs.of(first, after, limits.maxPageSize());
        return Connection.of(records.page(page), page, null,
                record -> PageArgs.encode(record.startedAt(), record.id()), CustomerImportView::of);
    }

    @DgsQuery
    CustomerImportView customerImport(@InputArgument String id) {
        CurrentActor.requireRole(Role.ADMIN);
        return records.find(Ids.parse("id", id)).map(CustomerImportView::of)
                .orElseThrow(() -> new CustomerException(com.radartracking.platform.errors.ErrorCode.NOT_FOUND,
                        "Customer import not found: " + id, java.util.Map.of()));
    }
}
