package com.radartracking.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The FIFO arithmetic of expiry: what is left of each earning, and what is due. */
class ExpiryPlanTest {

    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private final List<ExpiryPlan.Entry> ledger = new ArrayList<>();

    private UUID earn(long points, Instant at, Integer days) {
        UUID id = UUID.randomUUID();
        ledger.add(new ExpiryPlan.Entry(id, PointsReason.EARN_VISIT, points, PointsRules.expiresAt(at, days), days, null));
        return id;
    }

    private void debit(PointsReason reason, long points) {
        ledger.add(new ExpiryPlan.Entry(UUID.randomUUID(), reason, -points, null, null, null));
    }

    private void expired(UUID earning, long points) {
        ledger.add(new ExpiryPlan.Entry(UUID.randomUUID(), PointsReason.EXPIRY, -points, null, null, earning));
    }

    private static Instant day(int n) {
        return T0.plus(Duration.ofDays(n));
    }

    @Test
    void redemptionsConsumeTheOldestEarningsFirst() {
        UUID first = earn(100, day(0), 30);
        UUID second = earn(50, day(1), 30);
        UUID third = earn(20, day(2), 30);
        debit(PointsReason.REDEMPTION, 120);
        assertThat(ExpiryPlan.remaining(ledger)).containsExactly(java.util.Map.entry(second, 30L),
                java.util.Map.entry(third, 20L)).doesNotContainKey(first);
    }

    @Test
    void onlyWhatIsLeftExpiresAndNothingBeforeTheIdlePeriod() {
        UUID first = earn(100, day(0), 30);
        UUID second = earn(50, day(10), 30);
        debit(PointsReason.REDEMPTION, 80);
        // Last activity: the second earning (day 10). Idle for 30 days from then.
        assertThat(ExpiryPlan.due(ledger, day(10), day(39))).isEmpty();
        assertThat(ExpiryPlan.due(ledger, day(10), day(40))).containsExactly(
                new ExpiryPlan.Expiring(first, 20), new ExpiryPlan.Expiring(second, 50));
    }

    @Test
    void eachEarningKeepsTheRuleItWasEarnedUnder() {
        UUID longRule = earn(100, day(0), 365);
        UUID shortRule = earn(40, day(5), 7);
        UUID never = earn(10, day(6), null);
        assertThat(ExpiryPlan.due(ledger, day(6), day(13))).containsExactly(new ExpiryPlan.Expiring(shortRule, 40));
        assertThat(ExpiryPlan.due(ledger, day(6), day(371))).containsExactly(new ExpiryPlan.Expiring(longRule, 100),
                new ExpiryPlan.Expiring(shortRule, 40));
        assertThat(ExpiryPlan.remaining(ledger)).containsKey(never);
    }

    @Test
    void anExpiredEarningIsNeverExpiredTwiceAndDoesNotEatOthers() {
        UUID first = earn(100, day(0), 365);
        UUID second = earn(40, day(5), 7);
        expired(second, 40);
        assertThat(ExpiryPlan.remaining(ledger)).containsExactly(java.util.Map.entry(first, 100L));
        assertThat(ExpiryPlan.due(ledger, day(5), day(20))).isEmpty();
        // A later redemption consumes the first earning, not the expired one again.
        debit(PointsReason.REDEMPTION, 30);
        assertThat(ExpiryPlan.remaining(ledger)).containsExactly(java.util.Map.entry(first, 70L));
    }

    @Test
    void partlyRedeemedEarningExpiresItsRemainderOnly() {
        UUID first = earn(100, day(0), 30);
        debit(PointsReason.ADJUSTMENT, 60);
        assertThat(ExpiryPlan.due(ledger, day(0), day(30))).containsExactly(new ExpiryPlan.Expiring(first, 40));
        expired(first, 40);
        assertThat(ExpiryPlan.remaining(ledger)).isEmpty();
        assertThat(ExpiryPlan.due(ledger, day(0), day(90))).isEmpty();
    }

    @Test
    void activityPostponesExpiry() {
        UUID first = earn(100, day(0), 30);
        assertThat(ExpiryPlan.due(ledger, day(0), day(30))).containsExactly(new ExpiryPlan.Expiring(first, 100));
        // A redemption of 10 on day 25 is activity: the rest lives until day 55.
        debit(PointsReason.REDEMPTION, 10);
        assertThat(ExpiryPlan.due(ledger, day(25), day(54))).isEmpty();
        assertThat(ExpiryPlan.due(ledger, day(25), day(55))).containsExactly(new ExpiryPlan.Expiring(first, 90));
    }

    @Test
    void openingBalancesAndAdjustmentsAreCreditsLikeEarnings() {
        UUID opening = UUID.randomUUID();
        ledger.add(new ExpiryPlan.Entry(opening, PointsReason.OPENING_BALANCE, 500, null, null, null));
        UUID earned = earn(10, day(1), 30);
        debit(PointsReason.REDEMPTION, 505);
        assertThat(ExpiryPlan.remaining(ledger)).containsExactly(java.util.Map.entry(earned, 5L));
    }
}
