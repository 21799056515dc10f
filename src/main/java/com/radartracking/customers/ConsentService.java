package com.radartracking.customers;

import com.radartracking.audit.ActivityLog;
import com.radartracking.platform.security.Actor;
import com.radartracking.platform.security.CurrentActor;
import com.radartracking.platform.security.Role;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consents recorded by business users (a paper form, at the counter) and, as {@link CustomerConsents},
 * by the customer themself through the app.
 */
@Service
class ConsentService implements CustomerConsents {

    private final ConsentLedger ledger;
    private final CustomerQueries queries;
    private final ActivityLog activityLog;

    ConsentService(ConsentLedger ledger, CustomerQueries queries, ActivityLog activityLog) {
        this.ledger = ledger;
        this.queries = queries;
        this.activityLog = activityLog;
    }

    @Transactional
    CustomerView set(UUID customerId, Map<ConsentType, Boolean> wanted, ConsentSource source) {
        Actor actor = CurrentActor.requireRole(Role.ADMIN, Role.STAFF);
        if (wanted.values().stream().allMatch(java.util.Objects::isNull)) {
            throw CustomerException.badInput("input", "Give at least one of push, location, marketing");
        }
        if (source == null) {
            throw CustomerException.badInput("source", "Say where the consent was given (source)");
        }
        List<CustomerConsentChanged> changes = ledger.apply(customerId, wanted, source,
                ConsentLedger.ChangedBy.user(actor.userId()));
        activityLog.record("customer.consents_changed", "Customer", customerId, Map.of("source", source.name(),
                "changes", changes.stream().map(change -> change.type() + "=" + change.granted()).toList()));
        return queries.view(customerId).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<ConsentType, Boolean> current(UUID customerId) {
        queries.view(customerId).orElseThrow(() -> CustomerException.customerNotFound(customerId));
        Map<ConsentType, Boolean> answers = new java.util.EnumMap<>(ConsentType.class);
        ledger.current(List.of(customerId)).getOrDefault(customerId, List.of()).stream()
                .filter(consent -> consent.granted() != null)
                .forEach(consent -> answers.put(consent.type(), consent.granted()));
        return answers;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean granted(UUID customerId, ConsentType type) {
        return ledger.answer(customerId, type).orElseThrow(() -> CustomerException.customerNotFound(customerId))
                .orElse(false);
    }

    @Override
    @Transactional
    public void changeByCustomer(UUID customerId, Map<ConsentType, Boolean> answers, ConsentSource source) {
        if (source == null) {
            throw CustomerException.badInput("source", "Say where the consent was given (source)");
        }
        List<CustomerConsentChanged> changes = ledger.apply(customerId, answers, source,
                ConsentLedger.ChangedBy.customer());
        activityLog.recordSystem("customer.consents_changed", "Customer", customerId, Map.of("source", source.name(),
                "actor", "CUSTOMER", "changes", changes.stream().map(change -> change.type() + "=" + change.granted())
                        .toList()));
    }
}
