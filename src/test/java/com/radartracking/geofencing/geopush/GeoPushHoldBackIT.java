package com.radartracking.geofencing.geopush;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.geofencing.GeofenceTransition.Kind;
import com.radartracking.support.LockRace;
import com.radartracking.support.PushRules;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What holds a GeoPush back: the zone's schedule (in the business's time zone), the business's quiet hours
 * and frequency cap (held, not dropped), and a concurrent ping that claimed the cooldown first.
 */
class GeoPushHoldBackIT extends GeoPushTestSupport {

    UUID ana;

    @BeforeEach
    void setUp() {
        business("Schedule Café");
        ana = customer("Ana", true);
        device(ana);
    }

    @Test
    void theScheduleIsReadInTheBusinesssTimeZoneAndOvernightWindowsBelongToTheirFirstDay() {
        asTenant(() -> jdbc.update("update businesses set time_zone = 'America/New_York' where id = ?", business));
        // Friday 22:00 to Saturday 02:00 in New York (EST, UTC-5 in November).
        UUID zone = zone(GeoPushTestSupport.Zone.enter().cooldown(0)
                .schedule("[{\"days\": [\"FRI\"], \"from\": \"22:00\", \"to\": \"02:00\"}]"));
        // Saturday 01:30 in New York is 06:30 UTC: open there, closed on UTC's clock.
        publish(zone, ana, Kind.ENTER, Instant.parse("2026-11-28T06:30:00Z"));
        // Friday 22:30 in New York (Saturday 03:30 UTC).
        publish(zone, ana, Kind.ENTER, Instant.parse("2026-11-28T03:30:00Z"));
        // Friday 01:30 in New York: the window that ends then started on Thursday, which is not listed.
        publish(zone, ana, Kind.ENTER, Instant.parse("2026-11-27T06:30:00Z"));
        // Saturday 02:00 in New York: the window has just closed.
        publish(zone, ana, Kind.ENTER, Instant.parse("2026-11-28T07:00:00Z"));
        assertThat(outcomes(zone, ana)).containsExactly("SENT", "SENT", "OUTSIDE_SCHEDULE", "OUTSIDE_SCHEDULE");
        assertThat(notifications(ana)).hasSize(2);
        assertThat(skipReasons(ana)).containsExactly("OUTSIDE_SCHEDULE", "OUTSIDE_SCHEDULE");
        // Outside the schedule claims no cooldown.
        assertThat(count("select count(*) from geo_push_cooldowns where geofence_id = ?", zone)).isEqualTo(1);
    }

    @Test
    void quietHoursHoldTheGeoPushUntilTheyEnd() {
        ZoneId bogota = ZoneId.of("America/Bogota");
        LocalTime now = LocalTime.now(bogota).truncatedTo(ChronoUnit.MINUTES);
        LocalTime start = now.minusHours(1);
        LocalTime end = now.plusHours(1);
        PushRules.quietHours(graphQl, tenant, start, end);
        UUID zone = zone(GeoPushTestSupport.Zone.enter());
        ZonedDateTime before = ZonedDateTime.now(bogota);
        enter(zone, ana);

        Map<String, Object> held = notifications(ana).getFirst();
        assertThat(held.get("held_reason")).isEqualTo("QUIET_HOURS");
        assertThat(held.get("status")).isEqualTo("QUEUED");
        LocalDateTime release = before.toLocalDate().atTime(end);
        if (release.isBefore(before.toLocalDateTime())) {
            release = release.plusDays(1);
        }
        assertThat(((java.sql.Timestamp) held.get("due_at")).toInstant()).isEqualTo(release.atZone(bogota).toInstant());
        assertThat(outcomes(zone, ana)).containsExactly("SENT");
    }

    @Test
    void theFrequencyCapHoldsTheGeoPushUntilTheWindowHasRoom() {
        PushRules.frequencyCap(graphQl, tenant, 1, 24);
        UUID first = zone(GeoPushTestSupport.Zone.enter());
        UUID second = zone(GeoPushTestSupport.Zone.enter());
        enter(first, ana);
        enter(second, ana);
        List<Map<String, Object>> rows = notifications(ana);
        assertThat(rows).extracting(row -> row.get("held_reason")).containsExactly(null, "FREQUENCY_CAP");
        Instant firstDue = ((java.sql.Timestamp) rows.get(0).get("due_at")).toInstant();
        assertThat(((java.sql.Timestamp) rows.get(1).get("due_at")).toInstant()).isEqualTo(firstDue.plus(Duration.ofHours(24)));
        assertThat(outcomes(second, ana)).containsExactly("SENT");
    }

    @Test
    void twoPingsRacingForTheSameCustomerAndZoneSendOnce() throws Exception {
        UUID zone = zone(GeoPushTestSupport.Zone.enter());
        // Twice: first with no cooldown row yet (the unique key serialises), then with one (the row lock does).
        for (int round = 0; round < 2; round++) {
            race(zone);
            asTenant(() -> jdbc.update("update geo_push_cooldowns set last_sent_at = last_sent_at - interval '2 hours'"));
        }
        assertThat(outcomes(zone, ana)).containsExactlyInAnyOrder("SENT", "COOLDOWN", "SENT", "COOLDOWN");
        assertThat(notifications(ana)).hasSize(2);
    }

    /** The first transaction decides and waits; the second decides while the first still holds its claim. */
    private void race(UUID zone) throws Exception {
        LockRace.run(jdbc, transactions, business,
                () -> publisher.publishEvent(transition(zone, ana, Kind.ENTER, Instant.now())));
    }
}
