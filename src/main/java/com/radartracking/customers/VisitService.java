package com.radartracking.customers;

import com.radartracking.audit.ActivityLog;
import com.radartracking.platform.security.Actor;
import com.radartracking.platform.security.CurrentActor;
import com.radartracking.platform.security.Role;
import com.radartracking.platform.tenancy.TenantContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records visits. The customer's counters (visit count, first/last visit, total spent) move in the same
 * transaction by one atomic UPDATE, which also locks the customer row: simultaneous visits of one
 * customer queue there and every one is counted.
 */
@Service
class VisitService {

    /** Clocks of phones and tills drift; a visit a little "in the future" is accepted as now-ish. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** numeric(16, 3): at most 13 digits before the point. */
    private static final int MAX_INTEGER_DIGITS = 13;

    /** What to record; exactly one of {@code customerId} and {@code cardCode}. */
    record RecordVisit(UUID customerId, String cardCode, UUID locationId, BigDecimal amount, VisitSource source,
            Instant occurredAt) {
    }

    private final VisitRepository visits;
    private final LocationGate locations;
    private final ObjectProvider<CardCodeResolver> cards;
    private final BusinessProfile business;
    private final JdbcTemplate jdbc;
    private final ActivityLog activityLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VisitService(VisitRepository visits, LocationGate locations, ObjectProvider<CardCodeResolver> cards,
            BusinessProfile business, JdbcTemplate jdbc, ActivityLog activityLog, ApplicationEventPublisher events,
            Clock clock) {
        this.visits = visits;
        this.locations = locations;
        this.cards = cards;
        this.business = business;
        this.jdbc = jdbc;
        this.activityLog = activityLog;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    VisitView record(RecordVisit input) {
        Actor actor = CurrentActor.requireRole(Role.ADMIN, Role.STAFF);
        if (input.locationId() == null) {
            throw CustomerException.badInput("locationId", "Say where the visit happened (locationId)");
        }
        locations.requireActingAt(actor, input.locationId());
        return insert(customerOf(input), input.locationId(), input.amount(),
                input.source() == null ? VisitSource.MANUAL : input.source(), input.occurredAt(), actor.userId());
    }

    /**
     * Validates the amount and time, moves the customer's counters, stores the visit, publishes
     * {@link VisitRecorded} and writes the activity log. The location was checked by the caller.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    VisitView insert(UUID customerId, UUID locationId, BigDecimal requestedAmount, VisitSource source,
            Instant requestedAt, UUID recordedBy) {
        UUID businessId = TenantContext.require();
        String currency = business.current(businessId).currency();
        BigDecimal amount = amount(requestedAmount, currency);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant occurredAt = occurredAt(requestedAt, now);

        int counted = jdbc.update("""
                update customers set visit_count = visit_count + 1, total_spent = total_spent + ?,
                       first_visit_at = least(first_visit_at, ?), last_visit_at = greatest(last_visit_at, ?)
                 where business_id = ? and id = ?""",
                amount == null ? BigDecimal.ZERO : amount, occurredAt.atOffset(ZoneOffset.UTC),
                occurredAt.atOffset(ZoneOffset.UTC), businessId, customerId);
        if (counted == 0) {
            throw CustomerException.customerNotFound(customerId);
        }
        Visit visit = new Visit(customerId, locationId, amount, currency, source, occurredAt, recordedBy, now);
        visits.saveAndFlush(visit);
        events.publishEvent(new VisitRecorded(businessId, visit.id(), customerId, locationId, amount, source,
                occurredAt, recordedBy));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("customerId", customerId);
        details.put("locationId", locationId);
        details.put("source", source.name());
        if (amount != null) {
            details.put("amount", amount.toPlainString());
        }
        if (CurrentActor.find().isPresent()) {
            activityLog.record("visit.recorded", "Visit", visit.id(), details);
        } else {
            activityLog.recordSystem("visit.recorded", "Visit", visit.id(), details);
        }
        return visit.view();
    }

    private UUID customerOf(RecordVisit input) {
        boolean byCard = input.cardCode() != null && !input.cardCode().isBlank();
        if (byCard == (input.customerId() != null)) {
            throw CustomerException.badInput("customerId", "Give either customerId or cardCode, not both or neither");
        }
        if (!byCard) {
            return input.customerId();
        }
        CardCodeResolver resolver = cards.getIfAvailable();
        if (resolver == null) {
            throw CustomerException.badInput("cardCode",
                    "This business has no loyalty program, so visits cannot be recorded by card code", "NO_LOYALTY_PROGRAM");
        }
        String code = input.cardCode().trim();
        Optional<UUID> holder = resolver.customerIdForCardCode(code);
        return holder.orElseThrow(() -> CustomerException.cardNotFound(code));
    }

    static BigDecimal amount(BigDecimal amount, String currency) {
        if (amount == null) {
            return null;
        }
        if (amount.signum() < 0) {
            throw CustomerException.badInput("amount", "Amount cannot be negative");
        }
        if (amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
            throw CustomerException.badInput("amount", "Amount is too large");
        }
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        BigDecimal plain = CustomerQueries.plain(amount);
        if (plain.scale() > (digits < 0 ? 3 : digits)) {
            throw CustomerException.badInput("amount",
                    currency + " amounts have at most " + Math.max(digits, 0) + " decimals");
        }
        return plain;
    }

    private Instant occurredAt(Instant requested, Instant now) {
        if (requested == null) {
            return now;
        }
        if (requested.isAfter(now.plus(CLOCK_SKEW))) {
            throw CustomerException.badInput("occurredAt", "A visit cannot be in the future");
        }
        return requested.truncatedTo(ChronoUnit.MICROS);
    }
}
