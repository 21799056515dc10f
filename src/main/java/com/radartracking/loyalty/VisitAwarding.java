package com.radartracking.loyalty;

import com.radartracking.customers.VisitRecorded;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Awards points (or stamps) for every recorded visit, in each active program of the business, inside
 * the visit's own transaction: the visit and its points commit or roll back together. The customer's
 * card is issued on the first visit that earns something. Idempotent per visit (the visit id is the
 * ledger reference).
 */
@Component
class VisitAwarding {

    private final ProgramQueries programs;
    private final CardStore cards;
    private final PointsLedger ledger;
    private final RewardCrossings crossings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VisitAwarding(ProgramQueries programs, CardStore cards, PointsLedger ledger, RewardCrossings crossings,
            ApplicationEventPublisher events, Clock clock) {
        this.programs = programs;
        this.cards = cards;
        this.ledger = ledger;
        this.crossings = crossings;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(VisitRecorded visit) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        for (ProgramView program : programs.active()) {
            List<PointsRules.Earning> earnings = PointsRules.forVisit(program, visit.amount());
            if (earnings.isEmpty()) {
                continue;
            }
            CardStore.LockedCard card = cards.lock(cards.issue(program.id(), visit.customerId(), now)).orElseThrow();
            long before = card.balance();
            for (PointsRules.Earning earning : PointsRules.withinBalance(earnings, before)) {
                PointsLedger.Movement movement = new PointsLedger.Movement(earning.reason(), earning.points(),
                        visit.recordedByUserId(), visit.visitId().toString(), visit.locationId(), null,
                        program.expiryDays(), null, true);
                card = ledger.post(card, movement, now).map(PointsLedger.Posted::card).orElse(card);
            }
            if (card.balance() > before) {
                events.publishEvent(new PointsAwarded(visit.businessId(), visit.customerId(), card.id(), program.id(),
                        card.balance() - before, card.balance(), PointsAwarded.Source.VISIT, visit.visitId(), now));
                crossings.publish(program.id(), card, before, now);
            }
        }
    }
}
