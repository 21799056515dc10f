package com.radartracking.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.radartracking.platform.errors.DomainException;
import com.radartracking.platform.errors.ErrorCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeZonesTest {

    @ParameterizedTest
    @CsvSource({"UTC, UTC", "GMT, GMT", "Etc/UTC, Etc/UTC", "America/Bogota, America/Bogota",
            "america/bogota, America/Bogota", "' Europe/Madrid ', Europe/Madrid", "Etc/GMT+5, Etc/GMT+5",
            "utc, UTC"})
    void acceptsIanaZonesAndReturnsTheCanonicalSpelling(String input, String canonical) {
        assertThat(TimeZones.require("timeZone", input)).isEqualTo(canonical);
        assertThat(TimeZones.isValid(input)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mars/Base", "+05:00", "UTC+5", "EST", "PST", "", "Z", "America"})
    void refusesOffsetsAbbreviationsAndUnknownNames(String input) {
        assertThatThrownBy(() -> TimeZones.require("timeZone", input))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.BAD_USER_INPUT);
                    assertThat(e.extensions()).containsEntry("field", "timeZone");
                    assertThat(e.getMessage()).contains("IANA");
                });
    }

    @org.junit.jupiter.api.Test
    void refusesNull() {
        assertThatThrownBy(() -> TimeZones.require("tz", null)).isInstanceOf(DomainException.class);
        assertThat(TimeZones.isValid(null)).isFalse();
    }
}
