package com.radartracking.geofencing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Evaluates a customer's location pings against the current business's zones (the mobile shim calls it).
 * Pings that are in the future, stale, out of order or too inaccurate are dropped and counted, never
 * evaluated; the rest move the device's presence set and produce ENTER, EXIT and DWELL transitions,
 * stored in {@code geo_events} and published as {@link GeofenceTransition} in the same transaction.
 */
public interface LocationPings {

    /**
     * Evaluates {@code pings} (any order, already validated for ranges) of {@code customerId}'s device
     * {@code deviceKey} ({@code ""} when the app sends none) in the current tenant. Throws
     * {@link GeofencingException} (FORBIDDEN, reason LOCATION_CONSENT_REQUIRED) without location consent, and
     * the customers module's NOT_FOUND for a customer unknown to the business. The consent answer may be up
     * to {@code radar.geo.consent-cache-ttl} (5 s) old when it was changed through another instance.
     */
    Outcome evaluate(UUID customerId, String deviceKey, List<Ping> pings);

    /** One fix as the device reported it: WGS 84 degrees, horizontal accuracy in metres, device time. */
    record Ping(double latitude, double longitude, double accuracyMeters, Instant recordedAt, Double speed) {
    }

    /** Why a ping was not evaluated. */
    enum DropReason {
        /** Older than the allowed age against server time. */
        STALE,
        /** Not newer than the device's last accepted ping. */
        OUT_OF_ORDER,
        /** Accuracy worse than the global maximum. */
        INACCURATE,
        /** Device time ahead of server time beyond the allowed skew. */
        FUTURE
    }

    /** A transition of this customer's device. */
    record Transition(GeofenceTransition.Kind kind, UUID geofenceId, Instant occurredAt) {
    }

    /** What became of a request's pings. */
    record Outcome(int accepted, Map<DropReason, Integer> dropped, List<Transition> transitions) {
    }
}
