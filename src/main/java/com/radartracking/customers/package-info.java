/**
 * Customers (CRM): a business's customers (contact data in canonical form, birthday, preferred location,
 * tags, notes), their consents with history, the visits Staff record at a location (with per-customer
 * counters kept on the customer row), and one merged timeline per customer.
 *
 * <p>The base package is the module's API: the events it publishes ({@link VisitRecorded},
 * {@link CustomerEnrolled}, {@link CustomerConsentChanged}), the read-only {@link CustomerDirectory}, and
 * the SPIs other modules implement to plug in ({@link CardCodeResolver} for loyalty cards,
 * {@link TimelineSource} for timeline entries such as points movements or notifications,
 * {@link CustomerExportColumns} for extra CSV export columns, {@link ImportedBalances} for the opening
 * balances a CSV import carries).
 *
 * <p>CSV (docs/csv-import-export.md): streamed exports of customers and visits
 * ({@code GET /api/exports/*.csv}) and the customer import ({@code POST /api/imports/customers}) with its
 * records; generic CSV plumbing (formula neutralising, dialects, upload spooling) is in {@code .csv}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customers")
package com.radartracking.customers;
