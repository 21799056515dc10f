package com.radartracking.geofencing.geopush;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The GeoPush schedule on literal instants: days, overnight windows, time zones and DST change days. */
class GeoPushScheduleTest {

    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static GeoPushSchedule window(Set<DayOfWeek> days, String from, String to) {
        return new GeoPushSchedule(List.of(new GeoPushSchedule.Window(days, LocalTime.parse(from), LocalTime.parse(to))));
    }

    private static boolean open(GeoPushSchedule schedule, String instant, ZoneId zone) {
        return schedule.isOpen(Instant.parse(instant), zone);
    }

    @Test
    void noWindowMeansAlways() {
        assertThat(open(GeoPushSchedule.parse("[]"), "2026-11-29T03:00:00Z", BOGOTA)).isTrue();
        assertThat(open(GeoPushSchedule.ALWAYS, "2026-11-29T03:00:00Z", NEW_YORK)).isTrue();
    }

    @Test
    void aDaytimeWindowIsHalfOpenOnItsDaysOnly() {
        // Monday 30 November 2026, Bogota is UTC-5 all year.
        GeoPushSchedule mondays = window(Set.of(DayOfWeek.MONDAY), "08:00", "20:00");
        assertThat(open(mondays, "2026-11-30T12:59:59Z", BOGOTA)).isFalse();
        assertThat(open(mondays, "2026-11-30T13:00:00Z", BOGOTA)).isTrue();
        assertThat(open(mondays, "2026-12-01T00:59:59Z", BOGOTA)).isTrue();
        assertThat(open(mondays, "2026-12-01T01:00:00Z", BOGOTA)).isFalse();
        // Tuesday 12:00.
        assertThat(open(mondays, "2026-12-01T17:00:00Z", BOGOTA)).isFalse();
    }

    @Test
    void theSameInstantIsReadOnEachBusinesssOwnClock() {
        GeoPushSchedule mornings = window(Set.of(DayOfWeek.values()), "08:00", "12:00");
        // 14:00 UTC: 09:00 in Bogota, 23:00 in Tokyo.
        assertThat(open(mornings, "2026-11-30T14:00:00Z", BOGOTA)).isTrue();
        assertThat(open(mornings, "2026-11-30T14:00:00Z", ZoneId.of("Asia/Tokyo"))).isFalse();
        assertThat(open(mornings, "2026-11-30T14:00:00Z", ZoneId.of("UTC"))).isFalse();
    }

    @Test
    void anOvernightWindowRunsPastMidnightFromTheDayItStarts() {
        // Friday 22:00 to 02:00: Friday 27 / Saturday 28 November 2026 in Bogota.
        GeoPushSchedule fridayNights = window(Set.of(DayOfWeek.FRIDAY), "22:00", "02:00");
        assertThat(open(fridayNights, "2026-11-28T02:59:59Z", BOGOTA)).as("Fri 21:59:59").isFalse();
        assertThat(open(fridayNights, "2026-11-28T03:00:00Z", BOGOTA)).as("Fri 22:00").isTrue();
        assertThat(open(fridayNights, "2026-11-28T05:00:00Z", BOGOTA)).as("Sat 00:00").isTrue();
        assertThat(open(fridayNights, "2026-11-28T06:59:59Z", BOGOTA)).as("Sat 01:59:59").isTrue();
        assertThat(open(fridayNights, "2026-11-28T07:00:00Z", BOGOTA)).as("Sat 02:00").isFalse();
        assertThat(open(fridayNights, "2026-11-27T06:00:00Z", BOGOTA)).as("Fri 01:00 (Thursday's night)").isFalse();
        assertThat(open(fridayNights, "2026-11-29T04:00:00Z", BOGOTA)).as("Sat 23:00").isFalse();
        // 'from' equal to 'to': a whole day from that time.
        GeoPushSchedule allSunday = window(Set.of(DayOfWeek.SUNDAY), "00:00", "00:00");
        assertThat(open(allSunday, "2026-11-29T05:00:00Z", BOGOTA)).as("Sun 00:00").isTrue();
        assertThat(open(allSunday, "2026-11-30T04:59:59Z", BOGOTA)).as("Sun 23:59:59").isTrue();
        assertThat(open(allSunday, "2026-11-30T05:00:00Z", BOGOTA)).as("Mon 00:00").isFalse();
    }

    @Test
    void windowsKeepTheirWallClockHoursAcrossDaylightSavingChanges() {
        GeoPushSchedule sundayDaytime = window(Set.of(DayOfWeek.SUNDAY), "08:00", "20:00");
        // Sunday 8 March 2026: New York springs forward at 02:00 (EST UTC-5 to EDT UTC-4).
        assertThat(open(sundayDaytime, "2026-03-08T11:59:59Z", NEW_YORK)).as("07:59:59 EDT").isFalse();
        assertThat(open(sundayDaytime, "2026-03-08T12:00:00Z", NEW_YORK)).as("08:00 EDT").isTrue();
        assertThat(open(sundayDaytime, "2026-03-08T23:59:59Z", NEW_YORK)).as("19:59:59 EDT").isTrue();
        assertThat(open(sundayDaytime, "2026-03-09T00:00:00Z", NEW_YORK)).as("20:00 EDT").isFalse();
        // The skipped hour: a window starting inside it opens when the clock jumps to 03:00.
        GeoPushSchedule skipped = window(Set.of(DayOfWeek.SUNDAY), "02:30", "04:00");
        assertThat(open(skipped, "2026-03-08T06:59:59Z", NEW_YORK)).as("01:59:59 EST").isFalse();
        assertThat(open(skipped, "2026-03-08T07:00:00Z", NEW_YORK)).as("03:00 EDT").isTrue();
        assertThat(open(skipped, "2026-03-08T08:00:00Z", NEW_YORK)).as("04:00 EDT").isFalse();

        // Sunday 1 November 2026: back from EDT to EST at 02:00; 01:00-02:00 happens twice, open both times.
        GeoPushSchedule repeated = window(Set.of(DayOfWeek.SUNDAY), "01:00", "02:00");
        assertThat(open(repeated, "2026-11-01T04:59:59Z", NEW_YORK)).as("00:59:59 EDT").isFalse();
        assertThat(open(repeated, "2026-11-01T05:30:00Z", NEW_YORK)).as("01:30 EDT").isTrue();
        assertThat(open(repeated, "2026-11-01T06:30:00Z", NEW_YORK)).as("01:30 EST").isTrue();
        assertThat(open(repeated, "2026-11-01T07:00:00Z", NEW_YORK)).as("02:00 EST").isFalse();
        // An overnight window across the change lasts an hour longer in real time: Saturday 22:00 EDT to 06:00 EST.
        GeoPushSchedule saturdayNight = window(Set.of(DayOfWeek.SATURDAY), "22:00", "06:00");
        assertThat(open(saturdayNight, "2026-11-01T02:00:00Z", NEW_YORK)).as("Sat 22:00 EDT").isTrue();
        assertThat(open(saturdayNight, "2026-11-01T10:59:59Z", NEW_YORK)).as("Sun 05:59:59 EST").isTrue();
        assertThat(open(saturdayNight, "2026-11-01T11:00:00Z", NEW_YORK)).as("Sun 06:00 EST").isFalse();
    }

    @Test
    void parsesTheStoredSchedule() {
        GeoPushSchedule schedule = GeoPushSchedule.parse("""
                [{"days": ["MON", "TUE", "WED", "THU", "FRI"], "from": "08:00", "to": "10:30"},
                 {"days": ["SAT", "SUN"], "from": "23:00", "to": "03:00"}]""");
        assertThat(schedule.windows()).hasSize(2);
        assertThat(schedule.windows().get(0).days()).hasSize(5).doesNotContain(DayOfWeek.SATURDAY);
        assertThat(schedule.windows().get(0).to()).isEqualTo(LocalTime.of(10, 30));
        assertThat(schedule.windows().get(1).overnight()).isTrue();
        // Monday 02:00 in Bogota: Sunday's night window.
        assertThat(open(schedule, "2026-11-30T07:00:00Z", BOGOTA)).isTrue();
        // Monday 09:00 and 11:00.
        assertThat(open(schedule, "2026-11-30T14:00:00Z", BOGOTA)).isTrue();
        assertThat(open(schedule, "2026-11-30T16:00:00Z", BOGOTA)).isFalse();
        assertThatThrownBy(() -> GeoPushSchedule.parse("[{\"days\": [\"FUNDAY\"], \"from\": \"08:00\", \"to\": \"09:00\"}]"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
