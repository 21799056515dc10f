package com.radartracking.push.sending;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A business's push settings with what fan-out needs from the business itself (name, time zone). No row
 * in push_settings means no quiet hours and no cap.
 */
record PushSettings(UUID businessId, String businessName, String timeZone, LocalTime quietHoursStart,
        LocalTime quietHoursEnd, Integer frequencyCap, Duration frequencyCapWindow, Instant blockedAt,
        String blockedReason) {

    static final Duration DEFAULT_WINDOW = Duration.ofDays(1);

    QuietHours quietHours() {
        return quietHoursStart == null ? null : new QuietHours(quietHoursStart, quietHoursEnd, ZoneId.of(timeZone));
    }

    /** The GraphQL {@code PushSettings} type. */
    record View(String quietHoursStart, String quietHoursEnd, Integer frequencyCap, int frequencyCapWindowHours,
            String timeZone, Instant blockedAt, String blockedReason) {
    }

    View view() {
        return new View(quietHoursStart == null ? null : quietHoursStart.toString(),
                quietHoursEnd == null ? null : quietHoursEnd.toString(), frequencyCap,
                (int) frequencyCapWindow.toHours(), timeZone, blockedAt, blockedReason);
    }
}
