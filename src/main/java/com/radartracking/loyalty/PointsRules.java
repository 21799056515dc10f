package com.radartracking.loyalty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The arithmetic of earning: what a visit earns under a program, and when an earning expires. */
final class PointsRules {

    /** No single visit earns more than this in one program (a typo in an amount must not mint millions). */
    static final long MAX_PER_VISIT = 1_000_000;

    /**
     * No card holds more than this (the cost ceiling of a reward): a balance can never creep towards
     * overflow, and a visit on a full card earns only up to the limit (nothing when it is reached).
     */
    static final long MAX_BALANCE = 1_000_000_000L;

    private PointsRules() {
    }

    /** One earning of a visit: its reason and how many points (or stamps). */
    record Earning(PointsReason reason, long points) {
    }

    /**
     * What a visit with {@code amount} (null when not given) earns: the per-visit points (stamps for a
     * stamps program), and for points programs the amount times the rate, floored; zero earnings are
     * left out. Together capped at {@link #MAX_PER_VISIT}.
     */
    static List<Earning> forVisit(ProgramView program, BigDecimal amount) {
        List<Earning> earnings = new ArrayList<>();
        long left = MAX_PER_VISIT;
        if (program.pointsPerVisit() > 0) {
            long perVisit = Math.min(program.pointsPerVisit(), left);
            earnings.add(new Earning(PointsReason.EARN_VISIT, perVisit));
            left -= perVisit;
        }
        if (program.kind() == LoyaltyCards.ProgramKind.POINTS) {
            long byAmount = Math.min(forAmount(amount, program.pointsPerCurrencyUnit()), left);
            if (byAmount > 0) {
                earnings.add(new Earning(PointsReason.EARN_AMOUNT, byAmount));
            }
        }
        return earnings;
    }

    /** The earnings trimmed, in order, so that a card holding {@code balance} ends at most at {@link #MAX_BALANCE}. */
    static List<Earning> withinBalance(List<Earning> earnings, long balance) {
        List<Earning> kept = new ArrayList<>();
        long room = Math.max(0, MAX_BALANCE - balance);
        for (Earning earning : earnings) {
            long points = Math.min(earning.points(), room);
            if (points > 0) {
                kept.add(new Earning(earning.reason(), points));
                room -= points;
            }
        }
        return kept;
    }

    /** floor(amount x rate), 0 for no amount or no rate, saturating at {@link #MAX_PER_VISIT}. */
    static long forAmount(BigDecimal amount, BigDecimal rate) {
        if (amount == null || rate == null || amount.signum() <= 0 || rate.signum() <= 0) {
            return 0;
        }
        BigDecimal points = amount.multiply(rate).setScale(0, RoundingMode.FLOOR);
        return points.compareTo(BigDecimal.valueOf(MAX_PER_VISIT)) > 0 ? MAX_PER_VISIT : points.longValueExact();
    }

    /** When an earning made at {@code earnedAt} under {@code expiryDays} expires if the card stays idle. */
    static Instant expiresAt(Instant earnedAt, Integer expiryDays) {
        return expiryDays == null ? null : earnedAt.plus(Duration.ofDays(expiryDays));
    }

    /**
     * When an earning actually expires: {@code expiryDays} after the later of its own time and the card's
     * last activity (earning or redemption). Points expire after N days of inactivity, and each earning
     * keeps the N it was earned under, so a later, shorter policy never shortens it.
     */
    static Instant effectiveExpiry(Instant expiresAt, Integer expiryDays, Instant lastActivityAt) {
        if (expiresAt == null || expiryDays == null) {
            return null;
        }
        if (lastActivityAt == null) {
            return expiresAt;
        }
        Instant byActivity = lastActivityAt.plus(Duration.ofDays(expiryDays));
        return byActivity.isAfter(expiresAt) ? byActivity : expiresAt;
    }
}
