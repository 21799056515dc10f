package com.radartracking.campaigns.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.campaigns.model.Campaign;
import com.radartracking.campaigns.model.CampaignKind;
import com.radartracking.campaigns.model.CampaignMessage;
import com.radartracking.campaigns.model.CampaignSchedule;
import com.radartracking.campaigns.model.CampaignSchedule.Frequency;
import com.radartracking.campaigns.model.CampaignStatus;
import com.radartracking.campaigns.model.TriggerSettings;
import com.radartracking.campaigns.model.TriggerType;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RunTimesTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId MEXICO = ZoneId.of("America/Mexico_City");

    @Test
    void dailyRunsAtTheLocalTimeAndSkipsTheOneJustPassed() {
        Campaign daily = recurring(new CampaignSchedule(null, Frequency.DAILY, null, null, "09:30"));
        // 15:30 UTC is 09:30 in Mexico City (UTC-6, no DST since 2022): exactly then is not "after".
        assertThat(RunTimes.next(daily, Instant.parse("2026-11-29T15:30:00Z"), MEXICO))
                .contains(Instant.parse("2026-11-30T15:30:00Z"));
        assertThat(RunTimes.next(daily, Instant.parse("2026-11-29T15:29:59Z"), MEXICO))
                .contains(Instant.parse("2026-11-29T15:30:00Z"));
    }

    @Test
    void aLocalTimeInTheSpringForwardGapRunsRightAfterTheGapAndTheFallBackOneRunsOnce() {
        Campaign daily = recurring(new CampaignSchedule(null, Frequency.DAILY, null, null, "02:30"));
        // 2026-03-08 02:30 does not exist in New York: clocks jump from 02:00 EST to 03:00 EDT.
        assertThat(RunTimes.next(daily, Instant.parse("2026-03-08T06:00:00Z"), NEW_YORK))
                .contains(Instant.parse("2026-03-08T07:30:00Z"));
        Campaign early = recurring(new CampaignSchedule(null, Frequency.DAILY, null, null, "01:30"));
        // 2026-11-01 01:30 happens twice; the first (EDT, 05:30Z) runs, the repeat (EST, 06:30Z) does not.
        Instant first = RunTimes.next(early, Instant.parse("2026-11-01T04:00:00Z"), NEW_YORK).orElseThrow();
        assertThat(first).isEqualTo(Instant.parse("2026-11-01T05:30:00Z"));
        assertThat(RunTimes.next(early, first, NEW_YORK)).contains(Instant.parse("2026-11-02T06:30:00Z"));
    }

    @Test
    void weeklyAndMonthlyPickTheirDaysAndAShortMonthRunsOnItsLastDay() {
        Campaign weekly = recurring(new CampaignSchedule(null, Frequency.WEEKLY, List.of("MON", "FRI"), null, "10:00"));
        // Sunday 2026-11-29 → Monday 30th, then Friday 4 December.
        Instant monday = RunTimes.next(weekly, Instant.parse("2026-11-29T12:00:00Z"), MEXICO).orElseThrow();
        assertThat(monday).isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
        assertThat(RunTimes.next(weekly, monday, MEXICO)).contains(Instant.parse("2026-12-04T16:00:00Z"));
        Campaign monthly = recurring(new CampaignSchedule(null, Frequency.MONTHLY, null, 31, "10:00"));
        assertThat(RunTimes.next(monthly, Instant.parse("2027-02-01T00:00:00Z"), MEXICO))
                .contains(Instant.parse("2027-02-28T16:00:00Z"));
        assertThat(RunTimes.next(monthly, Instant.parse("2027-03-01T00:00:00Z"), MEXICO))
                .contains(Instant.parse("2027-03-31T16:00:00Z"));
    }

    @Test
    void nothingRunsBeforeTheStartNorAtOrAfterTheEnd() {
        Campaign daily = withDates(recurring(new CampaignSchedule(null, Frequency.DAILY, null, null, "10:00")),
                Instant.parse("2026-12-05T00:00:00Z"), Instant.parse("2026-12-07T16:00:00Z"));
        assertThat(RunTimes.next(daily, Instant.parse("2026-11-29T00:00:00Z"), MEXICO))
                .contains(Instant.parse("2026-12-05T16:00:00Z"));
        assertThat(RunTimes.next(daily, Instant.parse("2026-12-06T16:00:00Z"), MEXICO)).isEmpty();
    }

    @Test
    void oneOffRunsAtItsTimeOrAtOnceAndTriggersByTheirKind() {
        Instant now = Instant.parse("2026-11-29T12:00:00Z");
        Campaign later = campaign(CampaignKind.ONE_OFF, null,
                new CampaignSchedule(Instant.parse("2026-12-01T09:00:00Z"), null, null, null, null));
        assertThat(RunTimes.next(later, now, MEXICO)).contains(Instant.parse("2026-12-01T09:00:00Z"));
        assertThat(RunTimes.next(later, Instant.parse("2026-12-01T09:00:00Z"), MEXICO)).isEmpty();
        assertThat(RunTimes.next(campaign(CampaignKind.ONE_OFF, null, null), now, MEXICO)).contains(now.plusNanos(1));
        assertThat(RunTimes.next(triggered(TriggerType.BIRTHDAY, "08:00"), now, MEXICO))
                .contains(Instant.parse("2026-11-29T14:00:00Z"));
        assertThat(RunTimes.next(triggered(TriggerType.INACTIVITY, null), now, MEXICO))
                .contains(Instant.parse("2026-11-29T16:00:00Z"));
        assertThat(RunTimes.next(triggered(TriggerType.WELCOME, null), now, MEXICO))
                .contains(now.plus(RunTimes.DELAYED_SCAN_EVERY));
        assertThat(RunTimes.next(triggered(TriggerType.GEOFENCE_ENTER, null), now, MEXICO)).isEqualTo(Optional.empty());
    }

    private static Campaign recurring(CampaignSchedule schedule) {
        return campaign(CampaignKind.RECURRING, null, schedule);
    }

    private static Campaign triggered(TriggerType type, String localTime) {
        return campaign(CampaignKind.TRIGGERED,
                new TriggerSettings(type, 30, null, localTime, null, null, null, null, null), null);
    }

    private static Campaign campaign(CampaignKind kind, TriggerSettings trigger, CampaignSchedule schedule) {
        Instant created = Instant.parse("2026-11-01T00:00:00Z");
        return new Campaign(UUID.randomUUID(), UUID.randomUUID(), "c", kind, CampaignStatus.ACTIVE, trigger, schedule,
                null, List.of(), new CampaignMessage("t", "b", null, null, null), null, null, null, null, null,
                created, created, created);
    }

    private static Campaign withDates(Campaign c, Instant startsAt, Instant endsAt) {
        return new Campaign(c.id(), c.businessId(), c.name(), c.kind(), c.status(), c.trigger(), c.schedule(),
                c.segmentId(), c.locationIds(), c.message(), startsAt, endsAt, null, null, null, c.createdAt(),
                c.updatedAt(), c.activatedAt());
    }
}
