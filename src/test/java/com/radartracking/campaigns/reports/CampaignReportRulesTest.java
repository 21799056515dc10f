package com.radartracking.campaigns.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.campaigns.model.Campaign;
import com.radartracking.campaigns.model.CampaignKind;
import com.radartracking.campaigns.model.CampaignMessage;
import com.radartracking.campaigns.model.CampaignSchedule;
import com.radartracking.campaigns.model.CampaignStatus;
import com.radartracking.campaigns.model.TriggerSettings;
import com.radartracking.campaigns.model.TriggerType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/** The pure parts of the reports: birthdays on 28 February, run times over a window, reason order. */
class CampaignReportRulesTest {

    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");

    @Test
    void leapDayBirthdaysFallOnThe28thInOtherYearsOnly() {
        MapSqlParameterSource params = new MapSqlParameterSource();
        assertThat(TriggerRules.birthdayOn(LocalDate.of(2027, 2, 28), params, "x_"))
                .isEqualTo("c.birthday_md = any(cast(:x_days as int[]))");
        assertThat((Integer[]) params.getValue("x_days")).containsExactly(228, 229);
        TriggerRules.birthdayOn(LocalDate.of(2028, 2, 28), params, "x_");
        assertThat((Integer[]) params.getValue("x_days")).containsExactly(228);
        TriggerRules.birthdayOn(LocalDate.of(2028, 2, 29), params, "x_");
        assertThat((Integer[]) params.getValue("x_days")).containsExactly(229);
    }

    @Test
    void runTimesStopAtTheWindowAndEventTriggersHaveNone() {
        Instant now = Instant.parse("2026-11-29T12:00:00Z");
        Instant week = now.plus(Duration.ofDays(7));
        Campaign daily = campaign(CampaignKind.RECURRING, null,
                new CampaignSchedule(null, CampaignSchedule.Frequency.DAILY, null, null, "10:00"));
        List<Instant> runs = UpcomingRuns.runTimes(daily, now, week, BOGOTA);
        assertThat(runs).hasSize(7).allMatch(at -> at.atZone(BOGOTA).getHour() == 10);
        assertThat(runs.getFirst()).isEqualTo(Instant.parse("2026-11-29T15:00:00Z"));

        Campaign geofence = campaign(CampaignKind.TRIGGERED,
                new TriggerSettings(TriggerType.GEOFENCE_ENTER, null, null, null, List.of("z"), null, null, null, null),
                null);
        assertThat(UpcomingRuns.runTimes(geofence, now, week, BOGOTA)).isEmpty();

        Campaign later = campaign(CampaignKind.ONE_OFF, null,
                new CampaignSchedule(now.plus(Duration.ofDays(9)), null, null, null, null));
        assertThat(UpcomingRuns.runTimes(later, now, week, BOGOTA)).isEmpty();
    }

    @Test
    void skipCountsListKnownReasonsFirstAndDropZeros() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("COOLDOWN", 2);
        counts.put("QUIET_HOURS", 1);
        counts.put("NO_CONSENT", 3);
        counts.put("NO_DEVICE", 0);
        assertThat(SkipCount.of(counts, com.radartracking.push.PushReach.REASONS)).containsExactly(
                new SkipCount("NO_CONSENT", 3), new SkipCount("QUIET_HOURS", 1), new SkipCount("COOLDOWN", 2));
    }

    private static Campaign campaign(CampaignKind kind, TriggerSettings trigger, CampaignSchedule schedule) {
        Instant created = Instant.parse("2026-11-01T00:00:00Z");
        return new Campaign(UUID.randomUUID(), UUID.randomUUID(), "Test", kind, CampaignStatus.DRAFT, trigger, schedule,
                null, List.of(), new CampaignMessage("t", "b", null, null, Map.of()), null, null, null, null, null,
                created, created, null);
    }
}
