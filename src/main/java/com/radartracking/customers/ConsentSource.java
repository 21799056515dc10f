package com.radartracking.customers;

/** Where a consent decision was captured, kept in the consent history. */
public enum ConsentSource {
    /** Entered by a business user in the panel (e.g. a signed paper form). */
    PANEL,
    /** Given at the counter and recorded by Staff. */
    IN_STORE,
    /** Given by the customer in the business's mobile app. */
    APP,
    /** Carried over by a CSV import from a previous system. */
    IMPORT,
    /** Sent by a partner integration. */
    API
}
