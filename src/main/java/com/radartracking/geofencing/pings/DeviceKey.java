package com.radartracking.geofencing.pings;

import java.util.UUID;

/** A customer's device within a business: whose presence is tracked ({@code device} is "" when the app sends none). */
record DeviceKey(UUID businessId, UUID customerId, String device) {
}
