package com.radartracking.platform.validation;

import com.radartracking.platform.errors.DomainException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Time zone ids of the IANA database as Java knows them: region names (America/Bogota, Europe/Madrid),
 * UTC, GMT and the Etc/ zones. Fixed offsets ("+05:00", "UTC+5") and ambiguous abbreviations ("EST",
 * "PST") are refused: a region follows daylight-saving changes, an offset does not. Matching ignores
 * case and returns the canonical spelling ("america/bogota" gives "America/Bogota").
 */
public final class TimeZones {

    private static final Map<String, String> CANONICAL = ZoneId.getAvailableZoneIds().stream()
            .collect(Collectors.toUnmodifiableMap(id -> id.toLowerCase(Locale.ROOT), Function.identity(),
                    (first, second) -> first));

    private TimeZones() {
    }

    /** The canonical id of {@code value}, or BAD_USER_INPUT naming {@code field}. */
    public static String require(String field, String value) {
        String canonical = value == null ? null : CANONICAL.get(value.trim().toLowerCase(Locale.ROOT));
        if (canonical == null) {
            throw DomainException.badInput(field, "Unknown time zone '" + value
                    + "'; use an IANA name such as America/Mexico_City, or UTC");
        }
        return canonical;
    }

    public static boolean isValid(String value) {
        return value != null && CANONICAL.containsKey(value.trim().toLowerCase(Locale.ROOT));
    }
}
