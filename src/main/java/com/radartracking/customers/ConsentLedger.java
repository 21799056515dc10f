package com.radartracking.customers;

import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.platform.web.RequestContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consents: the current answer per type ({@code consents}) and every change ({@code consent_events}:
 * who, when, from where, old and new value). A change that repeats the current answer records nothing.
 * Changes of one customer are serialised by locking the customer row.
 */
@Component
class ConsentLedger {

    /** Who made a change: a panel user, the customer themself (app), or the system (import). */
    record ChangedBy(String actorType, UUID userId) {
        static ChangedBy user(UUID userId) {
            return new ChangedBy("USER", userId);
        }

        static ChangedBy customer() {
            return new ChangedBy("CUSTOMER", null);
        }

        static ChangedBy system() {
            return new ChangedBy("SYSTEM", null);
        }
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConsentLedger(JdbcTemplate jdbc, NamedParameterJdbcTemplate named, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.named = named;
        this.events = events;
        this.clock = clock;
    }

    /** Applies the wanted answers; returns the changes made (and publishes one event per change). */
    @Transactional(propagation = Propagation.MANDATORY)
    List<CustomerConsentChanged> apply(UUID customerId, Map<ConsentType, Boolean> wanted, ConsentSource source,
            ChangedBy by) {
        UUID businessId = TenantContext.require();
        List<UUID> locked = jdbc.queryForList("select id from customers where business_id = ? and id = ? for update",
                UUID.class, businessId, customerId);
        if (locked.isEmpty()) {
            throw CustomerException.customerNotFound(customerId);
        }
        Map<ConsentType, Boolean> current = new EnumMap<>(ConsentType.class);
        jdbc.query("select type, granted from consents where business_id = ? and customer_id = ?",
                rs -> {
                    current.put(ConsentType.valueOf(rs.getString(1)), rs.getBoolean(2));
                }, businessId, customerId);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String requestId = RequestContext.current().map(RequestContext::requestId).orElse(null);
        List<CustomerConsentChanged> changes = new ArrayList<>();
        for (Map.Entry<ConsentType, Boolean> entry : new EnumMap<>(wanted).entrySet()) {
            ConsentType type = entry.getKey();
            Boolean previous = current.get(type);
            if (entry.getValue() == null || entry.getValue().equals(previous)) {
                continue;
            }
            boolean granted = entry.getValue();
            jdbc.update("""
                    insert into consents (business_id, customer_id, type, granted, source, changed_at, changed_by)
                    values (?, ?, ?, ?, ?, ?, ?)
                    on conflict (customer_id, type) do update set granted = excluded.granted,
                        source = excluded.source, changed_at = excluded.changed_at, changed_by = excluded.changed_by""",
                    businessId, customerId, type.name(), granted, source.name(), now.atOffset(ZoneOffset.UTC),
                    by.userId());
            jdbc.update("""
                    insert into consent_events (id, business_id, customer_id, type, previously_granted, granted, source,
                                                actor_type, changed_by, request_id, changed_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    UUID.randomUUID(), businessId, customerId, type.name(), previous, granted, source.name(),
                    by.actorType(), by.userId(), requestId, now.atOffset(ZoneOffset.UTC));
            CustomerConsentChanged change = new CustomerConsentChanged(businessId, customerId, type, previous,
                    granted, source, now, by.userId());
            events.publishEvent(change);
            changes.add(change);
        }
        return changes;
    }

    /**
     * The customer's current answer to {@code type} in one statement: empty when the customer does not exist
     * in the current business, an empty inner Optional when they never answered.
     */
    @Transactional(readOnly = true)
    Optional<Optional<Boolean>> answer(UUID customerId, ConsentType type) {
        List<Optional<Boolean>> found = jdbc.query("""
                select k.granted from customers c
                  left join consents k on k.business_id = c.business_id and k.customer_id = c.id and k.type = ?
                 where c.business_id = ? and c.id = ?""",
                (rs, row) -> Optional.ofNullable(rs.getObject(1, Boolean.class)), type.name(), TenantContext.require(),
                customerId);
        return found.stream().findFirst();
    }

    /** Current answers of each customer, every type present (unanswered ones too), in one query. */
    @Transactional(readOnly = true)
    Map<UUID, List<ConsentView>> current(Collection<UUID> customerIds) {
        Map<UUID, Map<ConsentType, ConsentView>> found = new HashMap<>();
        if (!customerIds.isEmpty()) {
            named.query("""
                    select customer_id, type, granted, source, changed_at, changed_by from consents
                     where business_id = :businessId and customer_id = any(:ids)""",
                    new MapSqlParameterSource("businessId", TenantContext.require())
                            .addValue("ids", customerIds.toArray(UUID[]::new)),
                    rs -> {
                        ConsentType type = ConsentType.valueOf(rs.getString("type"));
                        found.computeIfAbsent(rs.getObject("customer_id", UUID.class),
                                id -> new EnumMap<>(ConsentType.class)).put(type,
                                new ConsentView(type, rs.getBoolean("granted"),
                                        ConsentSource.valueOf(rs.getString("source")),
                                        CustomerQueries.instant(rs, "changed_at"),
                                        rs.getObject("changed_by", UUID.class)));
                    });
        }
        Map<UUID, List<ConsentView>> result = new HashMap<>();
        for (UUID id : customerIds) {
            Map<ConsentType, ConsentView> answers = found.getOrDefault(id, Map.of());
            List<ConsentView> all = new ArrayList<>();
            for (ConsentType type : ConsentType.values()) {
                all.add(answers.getOrDefault(type, ConsentView.unanswered(type)));
            }
            result.put(id, all);
        }
        return result;
    }
}
