package com.radartracking.loyalty;

import com.radartracking.audit.ActivityLog;
import com.radartracking.customers.CustomerDirectory;
import com.radartracking.platform.security.Actor;
import com.radartracking.platform.security.CurrentActor;
import com.radartracking.platform.security.Role;
import com.radartracking.platform.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issuing cards (enrolment from the panel), manual adjustments by Admins, and opening balances carried
 * over by the CSV import. Every balance change goes through {@link PointsLedger} on a locked card. A credit
 * by hand tells the campaign engine as a visit's points do ({@link PointsAwarded}, {@link RewardAvailable});
 * an opening balance tells it nothing.
 */
@Service
class CardService implements OpeningBalances {

    static final long MAX_ADJUSTMENT = 1_000_000;

    private final CardStore cards;
    private final ProgramQueries programs;
    private final PointsLedger ledger;
    private final RewardCrossings crossings;
    private final CustomerDirectory customers;
    private final ActivityLog activityLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CardService(CardStore cards, ProgramQueries programs, PointsLedger ledger, RewardCrossings crossings,
            CustomerDirectory customers, ActivityLog activityLog, ApplicationEventPublisher events, Clock clock) {
        this.cards = cards;
        this.programs = programs;
        this.ledger = ledger;
        this.crossings = crossings;
        this.customers = customers;
        this.activityLog = activityLog;
        this.events = events;
        this.clock = clock;
    }

    /** The customer's card in the program, issued if absent (Admins and Staff). */
    @Transactional
    CardView issue(UUID customerId, UUID programId) {
        CurrentActor.requireRole(Role.ADMIN, Role.STAFF);
        customers.find(customerId).orElseThrow(() -> LoyaltyException.customerNotFound(customerId));
        ProgramView program = programs.program(programId).orElseThrow(() -> LoyaltyException.programNotFound(programId));
        requireActive(program);
        UUID cardId = cards.issue(program.id(), customerId, now());
        activityLog.record("loyalty.card_issued", "LoyaltyCard", cardId,
                Map.of("customerId", customerId, "programId", programId));
        return cards.byId(cardId).orElseThrow();
    }

    /** Adds or removes points by hand (Admins), with the reason in words. */
    @Transactional
    CardView adjust(UUID cardId, Long delta, String reason) {
        Actor actor = CurrentActor.requireRole(Role.ADMIN);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 500) {
            throw LoyaltyException.badInput("reason", "Say why the balance is adjusted (1 to 500 characters)");
        }
        if (delta == null || delta == 0 || Math.abs(delta) > MAX_ADJUSTMENT) {
            throw LoyaltyException.badInput("delta", "delta must be non-zero and at most " + MAX_ADJUSTMENT
                    + " either way");
        }
        CardStore.LockedCard card = cards.lock(cardId).orElseThrow(() -> LoyaltyException.cardNotFound(cardId));
        ProgramView program = programs.program(card.programId()).orElseThrow();
        Instant now = now();
        PointsLedger.Posted posted = ledger.post(card, new PointsLedger.Movement(PointsReason.ADJUSTMENT, delta,
                actor.userId(), null, null, why, program.expiryDays(), null, false), now).orElseThrow();
        if (delta > 0) {
            // A credit by hand is earned points like a visit's: a POINTS_THRESHOLD campaign decides in this
            // transaction. The ledger entry is this adjustment's own, so it keys the campaign's occurrence.
            events.publishEvent(new PointsAwarded(TenantContext.require(), card.customerId(), card.id(), program.id(),
                    delta, posted.card().balance(), PointsAwarded.Source.ADJUSTMENT, posted.entryId(), now));
        }
        crossings.publish(program.id(), posted.card(), posted.balanceBefore(), now);
        activityLog.record("loyalty.points_adjusted", "LoyaltyCard", cardId,
                Map.of("delta", delta, "reason", why, "balance", posted.card().balance()));
        return cards.byId(cardId).orElseThrow();
    }

    @Override
    @Transactional
    public boolean credit(UUID customerId, UUID programId, long amount, String reference) {
        if (amount < 0) {
            throw LoyaltyException.badInput("amount", "An opening balance cannot be negative");
        }
        if (amount > RewardService.MAX_COST) {
            throw LoyaltyException.badInput("amount", "An opening balance is at most " + RewardService.MAX_COST);
        }
        if (reference == null || reference.isBlank() || reference.length() > 200) {
            throw LoyaltyException.badInput("reference", "An opening balance needs a reference of 1 to 200 characters");
        }
        ProgramView program = (programId == null ? programs.defaultProgram() : programs.program(programId))
                .orElseThrow(() -> LoyaltyException.badInput("programId", programId == null
                        ? "The business has no active loyalty program" : "No loyalty program " + programId));
        customers.find(customerId).orElseThrow(() -> LoyaltyException.customerNotFound(customerId));
        Instant now = now();
        CardStore.LockedCard card = cards.lock(cards.issue(program.id(), customerId, now)).orElseThrow();
        if (amount == 0) {
            return false;
        }
        UUID actor = CurrentActor.find().map(Actor::userId).orElse(null);
        // Publishes neither PointsAwarded nor RewardAvailable, on purpose: an opening balance is what the
        // customer already had in the business's previous system, not points they just earned, and one import
        // carries thousands of them, so POINTS_THRESHOLD and REWARD_AVAILABLE campaigns would message every
        // imported customer at once. Their later visits and adjustments cross thresholds and costs as anyone's do.
        return ledger.post(card, new PointsLedger.Movement(PointsReason.OPENING_BALANCE, amount, actor, reference,
                null, null, program.expiryDays(), null, true), now).isPresent();
    }

    static void requireActive(ProgramView program) {
        if (!program.active()) {
            throw LoyaltyException.refused("programId", "PROGRAM_INACTIVE",
                    "The loyalty program " + program.name() + " is deactivated");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
