package com.radartracking.loyalty;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The arithmetic of expiry, FIFO: debits (redemptions, negative adjustments) consume the oldest credits
 * first, and an EXPIRY row consumes exactly the earning it names, so what was redeemed is never expired
 * again and what expired is never expired twice. A credit expires with whatever is left of it once the
 * card has been idle for the number of days that credit was earned under.
 */
final class ExpiryPlan {

    private ExpiryPlan() {
    }

    /** A ledger row as the plan needs it; {@code entries} are given in ledger order (time, then id). */
    record Entry(UUID id, PointsReason reason, long delta, Instant expiresAt, Integer expiryDays, UUID expiredEntryId) {
    }

    /** Expire {@code points} of the credit {@code earningId}. */
    record Expiring(UUID earningId, long points) {
    }

    /** What is left of each credit (only those with something left), oldest first. */
    static Map<UUID, Long> remaining(List<Entry> entries) {
        LinkedHashMap<UUID, Long> open = new LinkedHashMap<>();
        for (Entry entry : entries) {
            if (entry.delta() > 0) {
                open.put(entry.id(), entry.delta());
            } else if (entry.reason() == PointsReason.EXPIRY && open.containsKey(entry.expiredEntryId())) {
                long left = open.get(entry.expiredEntryId()) + entry.delta();
                if (left > 0) {
                    open.put(entry.expiredEntryId(), left);
                } else {
                    open.remove(entry.expiredEntryId());
                    consumeOldest(open, -left);
                }
            } else {
                consumeOldest(open, -entry.delta());
            }
        }
        return open;
    }

    /** The credits due to expire at {@code now} on a card last active at {@code lastActivityAt}. */
    static List<Expiring> due(List<Entry> entries, Instant lastActivityAt, Instant now) {
        Map<UUID, Entry> credits = new LinkedHashMap<>();
        entries.stream().filter(entry -> entry.delta() > 0).forEach(entry -> credits.put(entry.id(), entry));
        List<Expiring> due = new ArrayList<>();
        remaining(entries).forEach((id, left) -> {
            Entry credit = credits.get(id);
            Instant expiry = PointsRules.effectiveExpiry(credit.expiresAt(), credit.expiryDays(), lastActivityAt);
            if (expiry != null && !expiry.isAfter(now)) {
                due.add(new Expiring(id, left));
            }
        });
        return due;
    }

    private static void consumeOldest(LinkedHashMap<UUID, Long> open, long amount) {
        Iterator<Map.Entry<UUID, Long>> credits = open.entrySet().iterator();
        while (amount > 0 && credits.hasNext()) {
            Map.Entry<UUID, Long> credit = credits.next();
            long taken = Math.min(amount, credit.getValue());
            amount -= taken;
            if (taken == credit.getValue()) {
                credits.remove();
            } else {
                credit.setValue(credit.getValue() - taken);
            }
        }
    }
}
