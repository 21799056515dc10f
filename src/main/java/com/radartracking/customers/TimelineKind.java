package com.radartracking.customers;

/** What a timeline entry tells about; the panel picks an icon by it. */
public enum TimelineKind {
    VISIT,
    POINTS,
    REDEMPTION,
    CONSENT,
    NOTE,
    NOTIFICATION,
    GEOFENCE
}
