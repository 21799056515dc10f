package com.radartracking.customers;

import com.radartracking.audit.ActivityLog;
import com.radartracking.platform.security.Actor;
import com.radartracking.platform.security.CurrentActor;
import com.radartracking.platform.security.Role;
import com.radartracking.platform.tenancy.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Free-text notes about a customer, append-only; the timeline shows them all, the customer its latest. */
@Service
class CustomerNotes {

    static final int LATEST = 20;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final ActivityLog activityLog;
    private final Clock clock;

    CustomerNotes(JdbcTemplate jdbc, NamedParameterJdbcTemplate named, ActivityLog activityLog, Clock clock) {
        this.jdbc = jdbc;
        this.named = named;
        this.activityLog = activityLog;
        this.clock = clock;
    }

    @Transactional
    NoteView add(UUID customerId, String body) {
        Actor actor = CurrentActor.requireRole(Role.ADMIN, Role.STAFF);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || text.length() > 2000) {
            throw CustomerException.badInput("body", "A note must be 1 to 2000 characters");
        }
        UUID businessId = TenantContext.require();
        Integer exists = jdbc.queryForObject("select count(*) from customers where business_id = ? and id = ?",
                Integer.class, businessId, customerId);
        if (exists == null || exists == 0) {
            throw CustomerException.customerNotFound(customerId);
        }
        NoteView note = new NoteView(UUID.randomUUID(), customerId, text, actor.userId(),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        jdbc.update("""
                insert into customer_notes (id, business_id, customer_id, body, author_user_id, created_at)
                values (?, ?, ?, ?, ?, ?)""", note.id(), businessId, customerId, note.body(), note.authorUserId(),
                note.createdAt().atOffset(ZoneOffset.UTC));
        activityLog.record("customer.note_added", "Customer", customerId, Map.of("noteId", note.id()));
        return note;
    }

    /** The latest {@link #LATEST} notes of each customer, newest first, in one query. */
    @Transactional(readOnly = true)
    Map<UUID, List<NoteView>> latest(Collection<UUID> customerIds) {
        if (customerIds.isEmpty()) {
            return Map.of();
        }
        List<NoteView> notes = named.query("""
                select id, customer_id, body, author_user_id, created_at from (
                  select n.*, row_number() over (partition by customer_id order by created_at desc, id desc) as rank
                    from customer_notes n
                   where business_id = :businessId and customer_id = any(:ids)) ranked
                 where rank <= :latest order by created_at desc, id desc""",
                new MapSqlParameterSource("businessId", TenantContext.require())
                        .addValue("ids", customerIds.toArray(UUID[]::new)).addValue("latest", LATEST),
                (rs, row) -> map(rs));
        return notes.stream().collect(Collectors.groupingBy(NoteView::customerId));
    }

    static NoteView map(ResultSet rs) throws SQLException {
        Instant createdAt = CustomerQueries.instant(rs, "created_at");
        return new NoteView(rs.getObject("id", UUID.class), rs.getObject("customer_id", UUID.class),
                rs.getString("body"), rs.getObject("author_user_id", UUID.class), createdAt);
    }
}
