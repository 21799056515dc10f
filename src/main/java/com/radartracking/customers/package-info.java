/**
 * Customers (CRM): a business's customers (contact data in canonical form, birthday, preferred location,
 * tags, notes), their consents with history, the visits Staff record at a location (with per-customer
 * counters kept on the customer row), and one merged timeline per customer.
 *
 * <p>The base package is the module's API: the events it publishes ({@link VisitRecorded},
 * {@link CustomerEnrolled}, {@link CustomerConsentChanged}), the read-only {@link CustomerDirectory}, and
 * the SPIs other modules implement to plug in ({@link CardCodeResolver} for loyalty cards,
 * {@link TimelineSource} for timeline entries such as points movements or notifications).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customers")
package com.radartracking.customers;
