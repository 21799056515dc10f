package com.radartracking.loyalty;

import com.radartracking.audit.ActivityLog;
import com.radartracking.platform.security.Actor;
import com.radartracking.platform.security.CurrentActor;
import com.radartracking.platform.security.Role;
import com.radartracking.platform.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff hand over a reward at the counter. The card row is locked first, then the reward row (always in
 * that order, so two redemptions never deadlock): simultaneous redemptions on one card queue on the
 * card lock and each sees the balance the previous one left, so the balance can never be overspent; the
 * stock is decremented under the reward lock, so it can never be oversold.
 */
@Service
class RedemptionService {

    /** What to redeem; exactly one of {@code cardId} and {@code cardCode}. */
    record Redeem(UUID cardId, String cardCode, UUID rewardId, UUID locationId) {
    }

    private record LockedReward(UUID id, UUID programId, String name, long cost, Integer stock, boolean active) {
    }

    private final CardStore cards;
    private final ProgramQueries programs;
    private final PointsLedger ledger;
    private final RedemptionLocations locations;
    private final NamedParameterJdbcTemplate jdbc;
    private final ActivityLog activityLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RedemptionService(CardStore cards, ProgramQueries programs, PointsLedger ledger, RedemptionLocations locations,
            NamedParameterJdbcTemplate jdbc, ActivityLog activityLog, ApplicationEventPublisher events, Clock clock) {
        this.cards = cards;
        this.programs = programs;
        this.ledger = ledger;
        this.locations = locations;
        this.jdbc = jdbc;
        this.activityLog = activityLog;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    RedemptionView redeem(Redeem input) {
        Actor actor = CurrentActor.requireRole(Role.ADMIN, Role.STAFF);
        locations.requireActingAt(actor, input.locationId());
        CardStore.LockedCard card = cards.lock(cardIdOf(input)).orElseThrow(() -> input.cardId() != null
                ? LoyaltyException.cardNotFound(input.cardId()) : LoyaltyException.cardCodeNotFound(input.cardCode()));
        if (input.rewardId() == null) {
            throw LoyaltyException.badInput("rewardId", "Say which reward is redeemed (rewardId)");
        }
        LockedReward reward = lockReward(input.rewardId());
        refuseUnavailable(card, reward);

        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        UUID redemptionId = UUID.randomUUID();
        PointsLedger.Posted posted = ledger.post(card, new PointsLedger.Movement(PointsReason.REDEMPTION,
                -reward.cost(), actor.userId(), redemptionId.toString(), input.locationId(), reward.name(), null, null,
                true), now).orElseThrow();
        long balance = posted.card().balance();
        MapSqlParameterSource params = new MapSqlParameterSource("id", redemptionId)
                .addValue("businessId", TenantContext.require()).addValue("cardId", card.id())
                .addValue("customerId", card.customerId()).addValue("rewardId", reward.id())
                .addValue("locationId", input.locationId()).addValue("cost", reward.cost())
                .addValue("balance", balance).addValue("actor", actor.userId())
                .addValue("now", now.atOffset(ZoneOffset.UTC));
        jdbc.update("""
                insert into redemptions (id, business_id, card_id, customer_id, reward_id, location_id, cost,
                                         balance_after, redeemed_by, occurred_at)
                values (:id, :businessId, :cardId, :customerId, :rewardId, :locationId, :cost, :balance, :actor, :now)""",
                params);
        if (reward.stock() != null) {
            jdbc.update("update rewards set stock = stock - 1 where business_id = :businessId and id = :rewardId",
                    params);
        }
        activityLog.record("loyalty.reward_redeemed", "Redemption", redemptionId, Map.of("cardId", card.id(),
                "rewardId", reward.id(), "locationId", input.locationId(), "cost", reward.cost()));
        events.publishEvent(new RewardRedeemed(TenantContext.require(), card.customerId(), card.id(),
                card.programId(), reward.id(), redemptionId, input.locationId(), reward.cost(), balance, now));
        return new RedemptionView(redemptionId, TenantContext.require(), card.id(), card.customerId(), reward.id(),
                input.locationId(), reward.cost(), balance, actor.userId(), now);
    }

    private UUID cardIdOf(Redeem input) {
        boolean byCode = input.cardCode() != null && !input.cardCode().isBlank();
        if (byCode == (input.cardId() != null)) {
            throw LoyaltyException.badInput("cardId", "Give either cardId or cardCode, not both or neither");
        }
        if (!byCode) {
            return input.cardId();
        }
        return cards.byCode(input.cardCode()).map(CardView::id)
                .orElseThrow(() -> LoyaltyException.cardCodeNotFound(input.cardCode()));
    }

    private LockedReward lockReward(UUID rewardId) {
        return jdbc.query("""
                select id, program_id, name, cost, stock, active from rewards
                 where business_id = :businessId and id = :id for update""",
                new MapSqlParameterSource("businessId", TenantContext.require()).addValue("id", rewardId),
                (rs, row) -> new LockedReward(rs.getObject("id", UUID.class), rs.getObject("program_id", UUID.class),
                        rs.getString("name"), rs.getLong("cost"), (Integer) rs.getObject("stock"),
                        rs.getBoolean("active"))).stream().findFirst()
                .orElseThrow(() -> LoyaltyException.rewardNotFound(rewardId));
    }

    private void refuseUnavailable(CardStore.LockedCard card, LockedReward reward) {
        if (!reward.programId().equals(card.programId())) {
            throw LoyaltyException.refused("rewardId", "REWARD_OF_ANOTHER_PROGRAM",
                    "Reward " + reward.name() + " belongs to another loyalty program than this card");
        }
        ProgramView program = programs.program(card.programId()).orElseThrow();
        if (!program.active()) {
            throw LoyaltyException.refused("cardId", "PROGRAM_INACTIVE",
                    "The loyalty program " + program.name() + " is deactivated");
        }
        if (!reward.active()) {
            throw LoyaltyException.refused("rewardId", "REWARD_INACTIVE", "Reward " + reward.name() + " is withdrawn");
        }
        if (reward.stock() != null && reward.stock() <= 0) {
            throw LoyaltyException.refused("rewardId", "OUT_OF_STOCK", "Reward " + reward.name() + " is out of stock");
        }
        if (card.balance() < reward.cost()) {
            long missing = reward.cost() - card.balance();
            throw LoyaltyException.refused("rewardId", "INSUFFICIENT_BALANCE", reward.name() + " costs "
                    + Quantities.of(reward.cost(), program.kind()) + " and the card has "
                    + Quantities.of(card.balance(), program.kind()) + ": " + Quantities.of(missing, program.kind())
                    + " short",
                    Map.of("balance", card.balance(), "cost", reward.cost()));
        }
    }
}
