package com.radartracking.geofencing.geopush;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * When a zone's GeoPush may fire: weekly windows in the business's time zone, read on the wall clock
 * there (so a window keeps its local hours across DST changes). A window whose {@code to} is not after its
 * {@code from} runs past midnight and belongs to the day it starts on: {@code FRI 22:00–02:00} covers
 * Saturday 01:00, not Friday 01:00. No window at all means always.
 */
record GeoPushSchedule(List<Window> windows) {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final GeoPushSchedule ALWAYS = new GeoPushSchedule(List.of());

    GeoPushSchedule {
        windows = List.copyOf(windows);
    }

    record Window(Set<DayOfWeek> days, LocalTime from, LocalTime to) {

        Window {
            days = days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
        }

        boolean overnight() {
            return !to.isAfter(from);
        }

        boolean contains(LocalDateTime local) {
            LocalTime time = local.toLocalTime();
            DayOfWeek day = local.getDayOfWeek();
            if (!overnight()) {
                return days.contains(day) && !time.isBefore(from) && time.isBefore(to);
            }
            return days.contains(day) && !time.isBefore(from) || days.contains(day.minus(1)) && time.isBefore(to);
        }
    }

    boolean isOpen(Instant at, ZoneId zone) {
        if (windows.isEmpty()) {
            return true;
        }
        LocalDateTime local = LocalDateTime.ofInstant(at, zone);
        return windows.stream().anyMatch(window -> window.contains(local));
    }

    /**
     * From the {@code geofences.schedule} column: {@code [{"days":["MON",...],"from":"08:00","to":"20:00"}]}.
     * The zones module validates what it stores; a window this cannot read is a bug, so it fails loudly.
     */
    static GeoPushSchedule parse(String json) {
        if (json == null || json.isBlank()) {
            return ALWAYS;
        }
        List<Map<String, Object>> raw = JSON.readValue(json, new TypeReference<List<Map<String, Object>>>() { });
        List<Window> windows = new ArrayList<>();
        for (Map<String, Object> entry : raw) {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (Object day : (List<?>) entry.get("days")) {
                days.add(weekday(day.toString()));
            }
            windows.add(new Window(days, LocalTime.parse(entry.get("from").toString()),
                    LocalTime.parse(entry.get("to").toString())));
        }
        return new GeoPushSchedule(windows);
    }

    private static DayOfWeek weekday(String abbreviation) {
        return switch (abbreviation) {
            case "MON" -> DayOfWeek.MONDAY;
            case "TUE" -> DayOfWeek.TUESDAY;
            case "WED" -> DayOfWeek.WEDNESDAY;
            case "THU" -> DayOfWeek.THURSDAY;
            case "FRI" -> DayOfWeek.FRIDAY;
            case "SAT" -> DayOfWeek.SATURDAY;
            case "SUN" -> DayOfWeek.SUNDAY;
            default -> throw new IllegalArgumentException("Unknown weekday in a geofence schedule: " + abbreviation);
        };
    }
}
