package com.radartracking.customers;

/** How a visit reached the system; kept on every visit for reporting and fraud review. */
public enum VisitSource {
    /** Staff scanned the customer's card QR code. */
    QR_SCAN,
    /** Staff typed a card code or picked the customer by hand. */
    MANUAL,
    /** The customer's own app (check-in). */
    APP,
    /** A point-of-sale system or partner integration through the API. */
    POS_API
}
