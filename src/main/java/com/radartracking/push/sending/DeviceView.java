package com.radartracking.push.sending;

import java.time.Instant;
import java.util.UUID;

/** The GraphQL {@code Device} type (a row of device_tokens, the token itself never shown). */
record DeviceView(UUID id, UUID customerId, String platform, String appVersion, String locale, String timeZone,
        boolean active, boolean stale, Instant createdAt, Instant refreshedAt, Instant deactivatedAt,
        String deactivationReason) {
}
