package com.radartracking.push.devices;

import com.radartracking.push.gateway.OutgoingPush;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Which devices a send may target, under the current tenant: active (not deactivated) and fresh (refreshed
 * within {@code radar.push.devices.stale-after}, 30 days by default). Set-based fan-out that selects
 * devices in SQL applies the same rule: {@code deactivated_at IS NULL AND refreshed_at >= :freshSince}
 * with {@link #freshSince()}.
 */
public interface TargetableDevices {

    /** The active, fresh devices of these customers, by customer then device id. */
    List<Target> of(Collection<UUID> customerIds);

    /**
     * For each of these customers, whether a send reaches them: {@code FRESH} (at least one targetable
     * device), {@code STALE_ONLY} (active devices, none fresh: skip reason STALE_TOKEN) or {@code NONE}
     * (skip reason NO_DEVICE). Customers of other businesses or unknown ids are NONE.
     */
    Map<UUID, Reach> reachOf(Collection<UUID> customerIds);

    /** Devices refreshed at or after this instant are fresh (now minus stale-after). */
    Instant freshSince();

    /** A device a send may go to, with what the gateway and personalisation need. */
    record Target(UUID deviceId, UUID customerId, String token, OutgoingPush.TokenKind tokenKind,
            DevicePlatform platform, String locale, String timeZone) {
    }

    enum Reach { FRESH, STALE_ONLY, NONE }
}
