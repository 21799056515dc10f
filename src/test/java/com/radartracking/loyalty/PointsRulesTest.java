package com.radartracking.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a visit earns and when earnings expire. */
class PointsRulesTest {

    private static ProgramView points(int perVisit, String rate) {
        return new ProgramView(UUID.randomUUID(), UUID.randomUUID(), "Club", LoyaltyCards.ProgramKind.POINTS, perVisit,
                new BigDecimal(rate), null, 30, true, Instant.EPOCH, Instant.EPOCH);
    }

    private static ProgramView stamps(int perVisit) {
        return new ProgramView(UUID.randomUUID(), UUID.randomUUID(), "Stamps", LoyaltyCards.ProgramKind.STAMPS, perVisit,
                BigDecimal.ZERO, 8, null, true, Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void perVisitAndPerAmountAreSeparateEarnings() {
        assertThat(PointsRules.forVisit(points(10, "0.001"), new BigDecimal("25999"))).containsExactly(
                new PointsRules.Earning(PointsReason.EARN_VISIT, 10), new PointsRules.Earning(PointsReason.EARN_AMOUNT, 25));
        assertThat(PointsRules.forVisit(points(10, "0.001"), null)).containsExactly(
                new PointsRules.Earning(PointsReason.EARN_VISIT, 10));
        assertThat(PointsRules.forVisit(points(0, "1"), new BigDecimal("12.99"))).containsExactly(
                new PointsRules.Earning(PointsReason.EARN_AMOUNT, 12));
        assertThat(PointsRules.forVisit(points(0, "0.001"), new BigDecimal("999"))).isEmpty();
    }

    @Test
    void amountsAreFlooredNeverRoundedUp() {
        assertThat(PointsRules.forAmount(new BigDecimal("19.999"), BigDecimal.ONE)).isEqualTo(19);
        assertThat(PointsRules.forAmount(new BigDecimal("10"), new BigDecimal("0.15"))).isEqualTo(1);
        assertThat(PointsRules.forAmount(BigDecimal.ZERO, BigDecimal.TEN)).isZero();
        assertThat(PointsRules.forAmount(new BigDecimal("-5"), BigDecimal.TEN)).isZero();
    }

    @Test
    void aSingleVisitIsCapped() {
        long earned = PointsRules.forVisit(points(100, "10000"), new BigDecimal("9999999999999"))
                .stream().mapToLong(PointsRules.Earning::points).sum();
        assertThat(earned).isEqualTo(PointsRules.MAX_PER_VISIT);
    }

    @Test
    void earningsStopAtTheBalanceLimitInOrder() {
        List<PointsRules.Earning> earnings = List.of(new PointsRules.Earning(PointsReason.EARN_VISIT, 10),
                new PointsRules.Earning(PointsReason.EARN_AMOUNT, 30));
        assertThat(PointsRules.withinBalance(earnings, PointsRules.MAX_BALANCE - 25)).containsExactly(
                new PointsRules.Earning(PointsReason.EARN_VISIT, 10), new PointsRules.Earning(PointsReason.EARN_AMOUNT, 15));
        assertThat(PointsRules.withinBalance(earnings, PointsRules.MAX_BALANCE)).isEmpty();
        assertThat(PointsRules.withinBalance(earnings, 0)).isEqualTo(earnings);
    }

    @Test
    void stampsProgramsEarnPerVisitOnlyWhateverTheAmount() {
        assertThat(PointsRules.forVisit(stamps(1), new BigDecimal("50000"))).containsExactly(
                new PointsRules.Earning(PointsReason.EARN_VISIT, 1));
    }

    @Test
    void expiryCountsFromTheLaterOfTheEarningAndTheLastActivity() {
        Instant earned = Instant.parse("2026-03-01T00:00:00Z");
        assertThat(PointsRules.expiresAt(earned, 30)).isEqualTo(Instant.parse("2026-03-31T00:00:00Z"));
        assertThat(PointsRules.expiresAt(earned, null)).isNull();
        Instant expires = PointsRules.expiresAt(earned, 30);
        assertThat(PointsRules.effectiveExpiry(expires, 30, null)).isEqualTo(expires);
        assertThat(PointsRules.effectiveExpiry(expires, 30, Instant.parse("2026-03-10T00:00:00Z")))
                .isEqualTo(Instant.parse("2026-04-09T00:00:00Z"));
        assertThat(PointsRules.effectiveExpiry(expires, 30, Instant.parse("2026-02-01T00:00:00Z"))).isEqualTo(expires);
    }

    @Test
    void rewardsCrossedAreThoseNewlyAffordable() {
        RewardView coffee = reward("Coffee", 100, null, true);
        RewardView cake = reward("Cake", 200, 0, true);
        RewardView old = reward("Old", 150, null, false);
        RewardView lunch = reward("Lunch", 400, null, true);
        assertThat(RewardCrossings.crossed(java.util.List.of(coffee, cake, old, lunch), 90, 250)).containsExactly(coffee);
        assertThat(RewardCrossings.crossed(java.util.List.of(coffee, lunch), 100, 399)).isEmpty();
    }

    private static RewardView reward(String name, long cost, Integer stock, boolean active) {
        return new RewardView(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), name, "", cost, stock, active,
                Instant.EPOCH, Instant.EPOCH);
    }
}
