package com.radartracking.campaigns.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class OccurrencesTest {

    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Test
    void aLeapDayBirthdayIsCelebratedOnThe28thOfFebruaryInOtherYearsOnly() {
        assertThat(Occurrences.birthdayDays(LocalDate.parse("2027-02-28"))).containsExactly(28, 29);
        assertThat(Occurrences.birthdayDays(LocalDate.parse("2028-02-28"))).containsExactly(28);
        assertThat(Occurrences.birthdayDays(LocalDate.parse("2028-02-29"))).containsExactly(29);
        assertThat(Occurrences.birthdayDays(LocalDate.parse("2027-03-01"))).containsExactly(1);
        // 1900 and 2100 are not leap years (divisible by 100), 2000 is (by 400).
        assertThat(Occurrences.birthdayDays(LocalDate.parse("2100-02-28"))).containsExactly(28, 29);
        assertThat(Occurrences.birthdayDays(LocalDate.parse("2000-02-28"))).containsExactly(28);
    }

    @Test
    void birthdayMonthDaysAreTheValuesOfTheBirthdayMdColumn() {
        assertThat(Occurrences.birthdayMonthDays(LocalDate.parse("2027-02-28"))).containsExactly(228, 229);
        assertThat(Occurrences.birthdayMonthDays(LocalDate.parse("2028-02-28"))).containsExactly(228);
        assertThat(Occurrences.birthdayMonthDays(LocalDate.parse("2028-02-29"))).containsExactly(229);
        assertThat(Occurrences.birthdayMonthDays(LocalDate.parse("2026-01-05"))).containsExactly(105);
        assertThat(Occurrences.birthdayMonthDays(LocalDate.parse("2026-12-31"))).containsExactly(1231);
    }

    @Test
    void theBirthdayOccurrenceIsOncePerYearOfTheLocalDate() {
        // 2027-01-01 03:00 UTC is still New Year's Eve in Bogotá (UTC-5) and already New Year's Day in Tokyo.
        Instant at = Instant.parse("2027-01-01T03:00:00Z");
        assertThat(Occurrences.birthday(Occurrences.localDate(at, BOGOTA))).isEqualTo("birthday:2026");
        assertThat(Occurrences.birthday(Occurrences.localDate(at, TOKYO))).isEqualTo("birthday:2027");
        assertThat(Occurrences.localDate(at, BOGOTA)).isEqualTo(LocalDate.parse("2026-12-31"));
        assertThat(Occurrences.localDate(at, TOKYO)).isEqualTo(LocalDate.parse("2027-01-01"));
    }

    @Test
    void aRecurringRunIsNamedByItsLocalDateInTheBusinessZone() {
        Instant at = Instant.parse("2026-11-30T03:30:00Z");
        assertThat(Occurrences.recurring(at, BOGOTA)).isEqualTo("run:2026-11-29");
        assertThat(Occurrences.recurring(at, TOKYO)).isEqualTo("run:2026-11-30");
        assertThat(Occurrences.recurring(at, ZoneId.of("UTC"))).isEqualTo("run:2026-11-30");
    }

    @Test
    void theLapseOccurrenceUsesAFixedUtcFormatWhateverTheSessionZone() {
        assertThat(Occurrences.lapseSql()).contains("at time zone 'UTC'").contains("coalesce(c.last_visit_at, c.created_at)");
    }
}
