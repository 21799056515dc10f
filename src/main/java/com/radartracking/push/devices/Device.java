package com.radartracking.push.devices;

import java.time.Instant;
import java.util.UUID;

/**
 * One of the customer's app installations. {@code active}: registered and not deactivated;
 * {@code stale}: active but not refreshed within {@code radar.push.devices.stale-after}, so not targeted.
 */
public record Device(UUID id, String token, DeviceTokenKind tokenKind, DevicePlatform platform, String appVersion,
        String locale, String timeZone, Instant createdAt, Instant refreshedAt, boolean active, boolean stale,
        Instant deactivatedAt, String deactivationReason) {
}
