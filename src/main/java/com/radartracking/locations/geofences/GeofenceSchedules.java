package com.radartracking.locations.geofences;

import com.radartracking.locations.geofences.GeofenceView.ScheduleWindow;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A zone's weekly schedule: windows of days and HH:mm times in the business's time zone, stored as the jsonb
 * {@code [{"days":["MON"],"from":"08:00","to":"20:00"}]} the geofencing module reads. A window whose
 * {@code to} is before its {@code from} runs past midnight; equal times would be an empty (or a full) day,
 * which is ambiguous, so they are refused.
 */
final class GeofenceSchedules {

    static final int MAX_WINDOWS = 28;
    private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

    enum Weekday {
        MON, TUE, WED, THU, FRI, SAT, SUN
    }

    private GeofenceSchedules() {
    }

    /** The windows of the GraphQL {@code [GeofenceScheduleWindowInput!]}; null means no schedule (always). */
    @SuppressWarnings("unchecked")
    static List<ScheduleWindow> from(List<Map<String, Object>> input) {
        if (input == null) {
            return List.of();
        }
        if (input.size() > MAX_WINDOWS) {
            throw GeofenceException.badInput("schedule", "TOO_MANY_WINDOWS",
                    "A schedule has at most " + MAX_WINDOWS + " windows");
        }
        List<ScheduleWindow> windows = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            Map<String, Object> window = input.get(i);
            String field = "schedule[" + i + "]";
            windows.add(window(field, (List<Object>) window.get("days"), (String) window.get("from"),
                    (String) window.get("to")));
        }
        return windows;
    }

    static ScheduleWindow window(String field, List<Object> days, String from, String to) {
        if (days == null || days.isEmpty()) {
            throw GeofenceException.badInput(field + ".days", "NO_DAYS", "A schedule window needs at least one day");
        }
        Set<Weekday> chosen = EnumSet.noneOf(Weekday.class);
        for (Object day : days) {
            try {
                chosen.add(Weekday.valueOf(String.valueOf(day)));
            } catch (IllegalArgumentException e) {
                throw GeofenceException.badInput(field + ".days", "INVALID_DAY", "Unknown day " + day);
            }
        }
        requireTime(field + ".from", from);
        requireTime(field + ".to", to);
        if (from.equals(to)) {
            throw GeofenceException.badInput(field + ".to", "EMPTY_WINDOW",
                    "A schedule window's 'from' and 'to' must differ ('to' before 'from' runs past midnight)");
        }
        Set<String> ordered = new LinkedHashSet<>();
        chosen.forEach(day -> ordered.add(day.name()));
        return new ScheduleWindow(List.copyOf(ordered), from, to);
    }

    private static void requireTime(String field, String time) {
        if (time == null || !TIME.matcher(time).matches()) {
            throw GeofenceException.badInput(field, "INVALID_TIME", "Times are HH:mm, from 00:00 to 23:59");
        }
    }
}
