package com.radartracking.geofencing.pings;

import java.time.Instant;

/** A device's stay in one zone: since when (device time), last seen inside, and whether DWELL was emitted. */
record Presence(Instant enteredAt, Instant lastInsideAt, boolean dwellEmitted) {
}
