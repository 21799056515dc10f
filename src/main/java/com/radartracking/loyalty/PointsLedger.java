package com.radartracking.loyalty;

import com.radartracking.platform.tenancy.TenantContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only writer of balances: appends a row to the append-only ledger and moves the card's cached
 * balance to match, in the caller's transaction, on a card the caller has locked. The balance can never
 * go below zero: a movement that would is refused with INSUFFICIENT_BALANCE (and the CHECK constraints on
 * both tables are the last line of defence).
 */
@Component
class PointsLedger {

    /**
     * One movement.
     *
     * @param reference what caused it; a second movement with the same card, reason and reference is
     *     ignored (idempotency), null for none
     * @param expiryDays for credits: the program's expiry rule now in force (stored with the earning)
     * @param activity true when it counts as card activity (earning, redemption): postpones expiry
     */
    record Movement(PointsReason reason, long delta, UUID actorUserId, String reference, UUID locationId,
            String note, Integer expiryDays, UUID expiredEntryId, boolean activity) {
    }

    /** The row written and the card afterwards. */
    record Posted(UUID entryId, long balanceBefore, CardStore.LockedCard card) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    PointsLedger(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Empty when a movement with the same reference was already recorded (nothing changes then). */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Posted> post(CardStore.LockedCard card, Movement movement, Instant now) {
        long after = card.balance() + movement.delta();
        if (after < 0) {
            throw LoyaltyException.refused(movement.reason() == PointsReason.REDEMPTION ? "rewardId" : "delta",
                    "INSUFFICIENT_BALANCE", "The card has " + card.balance() + " and cannot give "
                            + (-movement.delta()), Map.of("balance", card.balance(), "required", -movement.delta()));
        }
        if (after > PointsRules.MAX_BALANCE) {
            throw LoyaltyException.refused("delta", "BALANCE_LIMIT", "A card holds at most " + PointsRules.MAX_BALANCE
                    + "; it has " + card.balance() + " and cannot take " + movement.delta() + " more",
                    Map.of("balance", card.balance(), "limit", PointsRules.MAX_BALANCE));
        }
        Integer expiryDays = movement.delta() > 0 ? movement.expiryDays() : null;
        UUID id = UUID.randomUUID();
        MapSqlParameterSource params = new MapSqlParameterSource("id", id)
                .addValue("businessId", TenantContext.require()).addValue("cardId", card.id())
                .addValue("customerId", card.customerId()).addValue("reason", movement.reason().name())
                .addValue("delta", movement.delta()).addValue("after", after)
                .addValue("actor", movement.actorUserId()).addValue("reference", movement.reference())
                .addValue("location", movement.locationId()).addValue("note", movement.note())
                .addValue("expiryDays", expiryDays)
                .addValue("expiresAt", utc(PointsRules.expiresAt(now, expiryDays)))
                .addValue("expired", movement.expiredEntryId()).addValue("now", utc(now));
        int inserted = jdbc.update("""
                insert into points_ledger (id, business_id, card_id, customer_id, reason, delta, balance_after,
                                           actor_user_id, reference, location_id, note, expiry_days, expires_at,
                                           expired_entry_id, occurred_at)
                values (:id, :businessId, :cardId, :customerId, :reason, :delta, :after, :actor, :reference,
                        :location, :note, :expiryDays, :expiresAt, :expired, :now)
                on conflict (card_id, reason, reference) where reference is not null do nothing""", params);
        if (inserted == 0) {
            return Optional.empty();
        }
        Instant activityAt = movement.activity() ? now : null;
        jdbc.update("""
                update loyalty_cards set balance = :after, last_activity_at = coalesce(cast(:activityAt as timestamptz), last_activity_at)
                 where business_id = :businessId and id = :cardId""",
                params.addValue("activityAt", utc(activityAt)));
        return Optional.of(new Posted(id, card.balance(), card.moved(after, activityAt)));
    }

    private static java.time.OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
