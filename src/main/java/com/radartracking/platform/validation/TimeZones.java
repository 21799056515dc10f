package com.radartracking.platform.validation;

import com.radartracking.platform.errors.DomainException;
import java.time.ZoneId;

/** IANA time zone names (America/Bogota, Europe/Madrid...); offsets and abbreviations are refused. */
public final class TimeZones {

    private TimeZones() {
    }

    public static String require(String field, String value) {
        if (value == null || !value.contains("/") || !ZoneId.getAvailableZoneIds().contains(value)) {
            throw DomainException.badInput(field, "Unknown time zone '" + value + "'; use an IANA name such as America/Mexico_City");
        }
        return value;
    }
}
