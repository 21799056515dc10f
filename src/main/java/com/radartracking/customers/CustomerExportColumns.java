package com.radartracking.customers;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * SPI: extra columns of the customers CSV export contributed by other modules (loyalty adds balances,
 * stamps and card codes), so the export never reads another module's tables.
 *
 * <p>Called once per chunk of customers (a few hundred), inside the export's read-only transaction with
 * the tenant set: an implementation answers a whole chunk with one query, never one per customer.
 */
public interface CustomerExportColumns {

    /** Column headers, in order; stable for the life of the application. */
    List<String> headers();

    /**
     * For each customer id given, its cell values in the order of {@link #headers()}; a customer missing
     * from the answer gets empty cells.
     */
    Map<UUID, List<String>> values(Collection<UUID> customerIds);
}
