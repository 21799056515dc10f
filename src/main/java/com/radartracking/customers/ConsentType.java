package com.radartracking.customers;

/** What a customer may consent to; each kind is granted or withdrawn on its own, with history. */
public enum ConsentType {
    /** Push notifications to the customer's devices. */
    PUSH,
    /** Use of the device location (geofences, GeoPush). */
    LOCATION,
    /** Marketing messages (campaigns). */
    MARKETING
}
