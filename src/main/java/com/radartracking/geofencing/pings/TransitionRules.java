package com.radartracking.geofencing.pings;

import com.radartracking.geofencing.GeofenceTransition.Kind;
import com.radartracking.geofencing.LocationPings.Ping;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The presence diff, one accepted ping at a time (pure: no I/O, so it is unit-tested with literal
 * coordinates). For each zone the ping was read against:
 * <ul>
 * <li>a ping less accurate than the zone's radius decides nothing for that zone (no ENTER, EXIT or DWELL);
 * <li>inside and not present: ENTER (a device already inside on its first ping, or when a zone appears
 *     around it, is simply not present yet, so it gets its ENTER on its next ping);
 * <li>present and beyond radius + buffer: EXIT; present in the band between: still present (no flapping);
 * <li>present for at least the zone's dwell time (device time) and not exited: DWELL, once per stay;
 * <li>present in a zone that is no longer live: the stay ends silently.
 * </ul>
 */
final class TransitionRules {

    private TransitionRules() {
    }

    /** A transition decided by a ping. */
    record Decided(Kind kind, UUID zoneId, UUID locationId, Ping ping) {
    }

    /**
     * Applies {@code ping} read against {@code readings} to {@code presence} (changed in place, zone id to
     * stay); returns the transitions in the order they happened.
     */
    static List<Decided> apply(Ping ping, List<ZoneReading> readings, Map<UUID, Presence> presence) {
        List<Decided> decided = new ArrayList<>();
        for (ZoneReading zone : readings) {
            Presence stay = presence.get(zone.zoneId());
            if (zone.gone()) {
                presence.remove(zone.zoneId());
                continue;
            }
            if (ping.accuracyMeters() > zone.radiusMeters()) {
                continue;
            }
            if (stay == null) {
                if (zone.inside()) {
                    presence.put(zone.zoneId(), new Presence(ping.recordedAt(), ping.recordedAt(), false));
                    decided.add(new Decided(Kind.ENTER, zone.zoneId(), zone.locationId(), ping));
                }
                continue;
            }
            if (zone.beyondExit()) {
                presence.remove(zone.zoneId());
                decided.add(new Decided(Kind.EXIT, zone.zoneId(), zone.locationId(), ping));
                continue;
            }
            Presence updated = zone.inside() ? new Presence(stay.enteredAt(), ping.recordedAt(), stay.dwellEmitted())
                    : stay;
            if (!updated.dwellEmitted() && !Duration.between(updated.enteredAt(), ping.recordedAt())
                    .minusSeconds(zone.dwellSeconds()).isNegative()) {
                updated = new Presence(updated.enteredAt(), updated.lastInsideAt(), true);
                decided.add(new Decided(Kind.DWELL, zone.zoneId(), zone.locationId(), ping));
            }
            presence.put(zone.zoneId(), updated);
        }
        return decided;
    }
}
