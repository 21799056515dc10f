package com.radartracking.campaigns.triggers;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.campaigns.model.TriggerSettings;
import com.radartracking.campaigns.model.TriggerType;
import com.radartracking.loyalty.PointsAwarded;
import com.radartracking.loyalty.RewardAvailable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which events a campaign's trigger parameters select: zones, thresholds crossed, rewards and programs. */
class TriggerMatchingTest {

    private static final UUID PROGRAM = UUID.randomUUID();
    private static final UUID REWARD = UUID.randomUUID();
    private static final Instant AT = Instant.parse("2026-11-29T12:00:00.123456Z");

    private static TriggerSettings points(Integer threshold, String program) {
        return new TriggerSettings(TriggerType.POINTS_THRESHOLD, null, null, null, null, threshold, program, null, null);
    }

    private static TriggerSettings reward(String program, String reward) {
        return new TriggerSettings(TriggerType.REWARD_AVAILABLE, null, null, null, null, null, program, reward, null);
    }

    private static PointsAwarded awarded(long points, long balance) {
        return new PointsAwarded(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), PROGRAM, points, balance,
                PointsAwarded.Source.VISIT, UUID.randomUUID(), AT);
    }

    private static RewardAvailable available(UUID card, long balance) {
        return new RewardAvailable(UUID.randomUUID(), UUID.randomUUID(), card, PROGRAM, REWARD, "Coffee", 20, balance,
                AT);
    }

    @Test
    void aThresholdIsCrossedByTheAwardThatReachesItFromBelow() {
        assertThat(LoyaltyTriggers.crossed(points(100, null), awarded(10, 100))).isTrue();
        assertThat(LoyaltyTriggers.crossed(points(100, null), awarded(50, 120))).isTrue();
        assertThat(LoyaltyTriggers.crossed(points(100, null), awarded(10, 99))).isFalse();
        // Already there before this award.
        assertThat(LoyaltyTriggers.crossed(points(100, null), awarded(10, 110))).isFalse();
        assertThat(LoyaltyTriggers.crossed(points(100, null), awarded(20, 120))).isFalse();
        assertThat(LoyaltyTriggers.crossed(points(100, null), awarded(21, 120))).isTrue();
        assertThat(LoyaltyTriggers.crossed(points(null, null), awarded(10, 100))).isFalse();
    }

    @Test
    void theProgramMustMatchUnlessTheCampaignTakesAny() {
        assertThat(LoyaltyTriggers.crossed(points(100, PROGRAM.toString().toUpperCase()), awarded(10, 100))).isTrue();
        assertThat(LoyaltyTriggers.crossed(points(100, UUID.randomUUID().toString()), awarded(10, 100))).isFalse();
        assertThat(LoyaltyTriggers.selects(reward(PROGRAM.toString(), null), available(UUID.randomUUID(), 20))).isTrue();
        assertThat(LoyaltyTriggers.selects(reward(UUID.randomUUID().toString(), null), available(UUID.randomUUID(), 20)))
                .isFalse();
    }

    @Test
    void aRewardCampaignTakesItsRewardOrAny() {
        assertThat(LoyaltyTriggers.selects(reward(null, REWARD.toString()), available(UUID.randomUUID(), 20))).isTrue();
        assertThat(LoyaltyTriggers.selects(reward(null, null), available(UUID.randomUUID(), 20))).isTrue();
        assertThat(LoyaltyTriggers.selects(reward(null, UUID.randomUUID().toString()), available(UUID.randomUUID(), 20)))
                .isFalse();
    }

    @Test
    void aRewardsOccurrenceIsTheCardAndTheMomentOfTheBalanceChange() {
        UUID card = UUID.randomUUID();
        assertThat(LoyaltyTriggers.occurrence(available(card, 25)))
                .isEqualTo("reward:" + card + ":1795953600123456:25")
                .hasSizeLessThanOrEqualTo(200);
    }

    @Test
    void aVisitsPointsKeepTheirOccurrenceAndAnAdjustmentsAreItsLedgerEntrys() {
        UUID visit = UUID.randomUUID();
        UUID entry = UUID.randomUUID();
        assertThat(LoyaltyTriggers.occurrence(new PointsAwarded(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                PROGRAM, 10, 100, PointsAwarded.Source.VISIT, visit, AT))).isEqualTo("points:" + visit);
        assertThat(LoyaltyTriggers.occurrence(new PointsAwarded(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                PROGRAM, 10, 100, PointsAwarded.Source.ADJUSTMENT, entry, AT)))
                .isEqualTo("points:adjustment:" + entry)
                .hasSizeLessThanOrEqualTo(200);
    }

    @Test
    void aGeofenceCampaignTakesItsZonesOnly() {
        UUID zone = UUID.randomUUID();
        TriggerSettings settings = new TriggerSettings(TriggerType.GEOFENCE_ENTER, null, null, null,
                List.of(UUID.randomUUID().toString(), zone.toString().toUpperCase()), null, null, null, null);
        assertThat(GeofenceTriggers.selects(settings, zone)).isTrue();
        assertThat(GeofenceTriggers.selects(settings, UUID.randomUUID())).isFalse();
        assertThat(GeofenceTriggers.selects(new TriggerSettings(TriggerType.GEOFENCE_ENTER, null, null, null, null,
                null, null, null, null), zone)).isFalse();
    }
}
