package com.radartracking.push.sending;

import com.radartracking.audit.ActivityLog;
import com.radartracking.platform.security.CurrentActor;
import com.radartracking.platform.security.Role;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The business's quiet hours and frequency cap (Admin), and lifting the dispatcher's brake. */
@Service
class PushSettingsService {

    static final int MAX_WINDOW_HOURS = 720;
    static final int MAX_CAP = 1000;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final PushSettingsStore store;
    private final ActivityLog activity;

    PushSettingsService(PushSettingsStore store, ActivityLog activity) {
        this.store = store;
        this.activity = activity;
    }

    @Transactional(readOnly = true)
    PushSettings.View current() {
        CurrentActor.requireRole(Role.ADMIN, Role.STAFF, Role.ANALYST);
        return store.current().view();
    }

    /** Omitted fields stay as they are; clearQuietHours / clearFrequencyCap remove them. */
    @Transactional
    PushSettings.View update(Map<String, Object> input) {
        CurrentActor.requireRole(Role.ADMIN);
        PushSettings current = store.current();
        LocalTime start = current.quietHoursStart();
        LocalTime end = current.quietHoursEnd();
        Integer cap = current.frequencyCap();
        Duration window = current.frequencyCapWindow();
        String startText = (String) input.get("quietHoursStart");
        String endText = (String) input.get("quietHoursEnd");
        if (Boolean.TRUE.equals(input.get("clearQuietHours"))) {
            if (startText != null || endText != null) {
                throw PushException.badInput("clearQuietHours", "Either clear the quiet hours or set them, not both");
            }
            start = null;
            end = null;
        } else if (startText != null || endText != null) {
            if (startText == null || endText == null) {
                throw PushException.badInput(startText == null ? "quietHoursStart" : "quietHoursEnd",
                        "Give both quietHoursStart and quietHoursEnd");
            }
            start = time("quietHoursStart", startText);
            end = time("quietHoursEnd", endText);
            if (start.equals(end)) {
                throw PushException.badInput("quietHoursEnd", "Quiet hours must not start and end at the same time");
            }
        }
        Integer capInput = (Integer) input.get("frequencyCap");
        if (Boolean.TRUE.equals(input.get("clearFrequencyCap"))) {
            if (capInput != null) {
                throw PushException.badInput("clearFrequencyCap", "Either clear the frequency cap or set it, not both");
            }
            cap = null;
        } else if (capInput != null) {
            if (capInput < 1 || capInput > MAX_CAP) {
                throw PushException.badInput("frequencyCap", "frequencyCap must be between 1 and " + MAX_CAP);
            }
            cap = capInput;
        }
        Integer hours = (Integer) input.get("frequencyCapWindowHours");
        if (hours != null) {
            if (hours < 1 || hours > MAX_WINDOW_HOURS) {
                throw PushException.badInput("frequencyCapWindowHours",
                        "frequencyCapWindowHours must be between 1 and " + MAX_WINDOW_HOURS);
            }
            window = Duration.ofHours(hours);
        }
        store.save(start, end, cap, window);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("quietHours", start == null ? "none" : start + "-" + end);
        details.put("frequencyCap", cap == null ? "none" : cap + " per " + window.toHours() + " h");
        activity.record("push.settings.update", "PushSettings", current.businessId(), details);
        return store.current().view();
    }

    @Transactional
    PushSettings.View clearBlock() {
        CurrentActor.requireRole(Role.ADMIN);
        PushSettings current = store.current();
        boolean wasBlocked = store.clearBlock();
        // Recorded even when there was nothing to clear: an Admin pressed it, and the log says what it found.
        activity.record("push.block.clear", "PushSettings", current.businessId(), Map.of("wasBlocked", wasBlocked,
                "blockedReason", String.valueOf(current.blockedReason())));
        return store.current().view();
    }

    private static LocalTime time(String field, String text) {
        try {
            return LocalTime.parse(text.strip(), HH_MM);
        } catch (DateTimeParseException e) {
            throw PushException.badInput(field, field + " must be a time HH:mm (00:00 to 23:59), not '" + text + "'");
        }
    }
}
