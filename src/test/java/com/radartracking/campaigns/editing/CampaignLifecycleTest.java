package com.radartracking.campaigns.editing;

import static com.radartracking.campaigns.editing.CampaignInputTest.NOW;
import static com.radartracking.campaigns.editing.CampaignInputTest.ZONE;
import static com.radartracking.campaigns.editing.CampaignInputTest.input;
import static com.radartracking.campaigns.editing.CampaignInputTest.map;
import static com.radartracking.campaigns.editing.CampaignInputTest.read;
import static com.radartracking.campaigns.editing.CampaignInputTest.trigger;
import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.campaigns.editing.CampaignLifecycle.State;
import com.radartracking.campaigns.model.Campaign;
import com.radartracking.campaigns.model.CampaignStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The status and next run a campaign takes when activated or resumed. */
class CampaignLifecycleTest {

    private static State start(Campaign campaign) {
        return CampaignLifecycle.start(campaign, NOW, ZONE);
    }

    @Test
    void aOneOffWithoutSendAtIsDueAtOnce() {
        assertThat(start(read(input("ONE_OFF")))).isEqualTo(new State(CampaignStatus.ACTIVE, NOW.plusNanos(1)));
    }

    @Test
    void aOneOffAtAFutureTimeWaitsForIt() {
        Instant sendAt = NOW.plusSeconds(3600);
        assertThat(start(read(input("ONE_OFF", "schedule", map("sendAt", sendAt)))))
                .isEqualTo(new State(CampaignStatus.SCHEDULED, sendAt));
    }

    @Test
    void aOneOffWhoseSendAtJustPassedGoesNow() {
        assertThat(start(read(input("ONE_OFF", "schedule", map("sendAt", NOW.minusSeconds(30))))))
                .isEqualTo(new State(CampaignStatus.ACTIVE, NOW));
    }

    @Test
    void aRecurringCampaignRunsAtItsNextLocalTime() {
        // Wednesday 10:00 in Bogotá: today's 18:00
        assertThat(start(read(input("RECURRING", "schedule", map("frequency", "DAILY", "localTime", "18:00")))))
                .isEqualTo(new State(CampaignStatus.ACTIVE, Instant.parse("2026-12-02T23:00:00Z")));
        assertThat(start(read(input("RECURRING", "schedule", map("frequency", "WEEKLY", "days", List.of("MON"),
                "localTime", "09:00"))))).isEqualTo(new State(CampaignStatus.ACTIVE, Instant.parse("2026-12-07T14:00:00Z")));
    }

    @Test
    void aFutureStartIsScheduledAtTheStart() {
        Instant startsAt = NOW.plusSeconds(86_400 * 3);
        assertThat(start(read(input("RECURRING", "startsAt", startsAt,
                "schedule", map("frequency", "DAILY", "localTime", "18:00")))))
                .isEqualTo(new State(CampaignStatus.SCHEDULED, startsAt));
        assertThat(start(read(input("TRIGGERED", "startsAt", startsAt, "trigger",
                trigger("GEOFENCE_ENTER", "geofenceIds", List.of("z"))))))
                .isEqualTo(new State(CampaignStatus.SCHEDULED, startsAt));
    }

    @Test
    void eventTriggersRunWithoutANextRunTimeTriggersOnTheirScan() {
        assertThat(start(read(input("TRIGGERED", "trigger", trigger("POINTS_THRESHOLD", "points", 10)))))
                .isEqualTo(new State(CampaignStatus.ACTIVE, null));
        assertThat(start(read(input("TRIGGERED", "trigger", trigger("BIRTHDAY", "localTime", "11:00")))))
                .isEqualTo(new State(CampaignStatus.ACTIVE, Instant.parse("2026-12-02T16:00:00Z")));
        assertThat(start(read(input("TRIGGERED", "trigger", trigger("WELCOME", "hours", 2)))).nextRunAt())
                .isAfter(NOW);
    }

    @Test
    void aPausedCampaignIsFinishedPastItsEndOrWhenItsOneOffWentOut() {
        Campaign ending = read(input("TRIGGERED", "trigger", trigger("INACTIVITY", "days", 30),
                "endsAt", NOW.plusSeconds(60)));
        assertThat(CampaignLifecycle.finished(ending, NOW)).isFalse();
        assertThat(CampaignLifecycle.finished(ending, NOW.plusSeconds(60))).isTrue();
        Campaign oneOff = read(input("ONE_OFF"));
        assertThat(CampaignLifecycle.finished(oneOff, NOW)).isFalse();
        Campaign sent = new Campaign(oneOff.id(), oneOff.businessId(), oneOff.name(), oneOff.kind(), CampaignStatus.PAUSED,
                null, null, null, List.of(), oneOff.message(), null, null, null, NOW.minusSeconds(5), null, NOW, NOW, NOW);
        assertThat(CampaignLifecycle.finished(sent, NOW)).isTrue();
    }
}
