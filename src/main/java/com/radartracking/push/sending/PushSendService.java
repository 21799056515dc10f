package com.radartracking.push.sending;

import com.radartracking.audit.ActivityLog;
import com.radartracking.customers.CustomerDirectory;
import com.radartracking.customers.CustomerSegments;
import com.radartracking.customers.CustomerSummary;
import com.radartracking.platform.security.Actor;
import com.radartracking.platform.security.CurrentActor;
import com.radartracking.platform.security.Role;
import com.radartracking.platform.tenancy.TenantContext;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Send requests: validation, the 4 KB check, idempotency, and the decision to send. One customer and
 * short lists are expanded into the outbox in the request's own transaction (the decision and its rows
 * commit together); segments, everyone and long lists are recorded EXPANDING (or SCHEDULED) and expanded
 * in chunks by {@link ExpansionWorker}. Cancellation stops both.
 */
@Service
class PushSendService {

    /** A schedule this far in the past is clock skew between panel and server, not a mistake. */
    static final Duration SCHEDULE_GRACE = Duration.ofMinutes(1);
    static final int MAX_IDEMPOTENCY_KEY = 200;

    private final PushSendStore sends;
    private final PushSettingsStore settings;
    private final Fanout fanout;
    private final AudienceStats stats;
    private final CustomerDirectory customers;
    private final ActivityLog activity;
    private final NamedParameterJdbcTemplate jdbc;
    private final int inlineMaxCustomers;

    PushSendService(PushSendStore sends, PushSettingsStore settings, Fanout fanout, AudienceStats stats,
            CustomerDirectory customers, ActivityLog activity, NamedParameterJdbcTemplate jdbc,
            @Value("${radar.push.sending.inline-max-customers:1000}") int inlineMaxCustomers) {
        this.sends = sends;
        this.settings = settings;
        this.fanout = fanout;
        this.stats = stats;
        this.customers = customers;
        this.activity = activity;
        this.jdbc = jdbc;
        this.inlineMaxCustomers = inlineMaxCustomers;
    }

    record SendRequest(PushAudience audience, PushMessage message, Instant scheduledAt, String idempotencyKey) {
    }

    /** Admin: any audience; Staff: one customer; anyone else: FORBIDDEN. */
    static Actor requireSender(PushAudience.Kind kind) {
        Actor actor = CurrentActor.requireRole(Role.ADMIN, Role.STAFF);
        if (actor.role() == Role.STAFF && kind != PushAudience.Kind.CUSTOMER) {
            throw PushException.forbidden("Staff may send to one customer only; " + kind + " audiences need an Admin");
        }
        return actor;
    }

    static String idempotencyKey(String key) {
        if (key == null) {
            return null;
        }
        if (key.isBlank() || key.length() > MAX_IDEMPOTENCY_KEY) {
            throw PushException.badInput("idempotencyKey", "idempotencyKey must have 1 to " + MAX_IDEMPOTENCY_KEY
                    + " characters");
        }
        return key;
    }

    static Instant scheduledAt(Instant requested, Instant now) {
        if (requested == null) {
            return now;
        }
        if (requested.isBefore(now.minus(SCHEDULE_GRACE))) {
            throw PushException.badInput("scheduledAt", "scheduledAt " + requested + " is in the past");
        }
        return requested.isBefore(now) ? now : requested;
    }

    @Transactional
    PushSendView send(SendRequest request) {
        Actor actor = requireSender(request.audience().kind());
        if (request.idempotencyKey() != null) {
            var earlier = sends.byIdempotencyKey(request.idempotencyKey());
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        PushAudience audience = request.audience();
        PushSettings current = settings.current();
        List<UUID> unknown = List.of();
        String summary;
        switch (audience.kind()) {
            case CUSTOMER -> {
                CustomerSummary customer = customers.find(audience.customerId())
                        .orElseThrow(() -> PushException.notFound("Customer", audience.customerId()));
                summary = customer.displayName();
            }
            case CUSTOMERS -> {
                Set<UUID> known = customers.findAll(audience.customerIds()).keySet();
                unknown = audience.customerIds().stream().filter(id -> !known.contains(id)).toList();
                summary = String.format("%,d customers", audience.customerIds().size());
            }
            case SEGMENT -> summary = "Segment: " + CustomerSegments.describe(audience.segment());
            default -> summary = "Everyone";
        }
        PayloadSize.require(stats.payloadBytesToCheck(request.message(), audience, current));

        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        // A scheduled send waits as SCHEDULED whatever its audience: its rows (and their placeholders, such as
        // {{points}}) are written when it is due, not when it was asked for.
        boolean inline = audience.isList() && audience.ids().size() <= inlineMaxCustomers
                && !request.scheduledAt().isAfter(now);
        String status = inline ? "QUEUED" : request.scheduledAt().isAfter(now) ? "SCHEDULED" : "EXPANDING";
        UUID id = UUID.randomUUID();
        boolean inserted = sends.insert(new PushSendStore.NewSend(id, actor.userId(), audience, summary,
                request.message(), status, request.scheduledAt(), request.idempotencyKey(), now));
        if (!inserted) {
            // A concurrent request with the same key committed first: its send is the answer.
            return sends.byIdempotencyKey(request.idempotencyKey()).orElseThrow();
        }
        if (!unknown.isEmpty()) {
            sends.skipUnknown(id, unknown.size());
        }
        PushSendView send = sends.find(id).orElseThrow();
        if (inline) {
            Fanout.Chunk chunk = fanout.expand(send, current, null, audience.ids().size());
            sends.progress(id, chunk.lastId(), chunk.written(), chunk.skipped() + unknown.size(),
                    chunk.written() > 0 ? "QUEUED" : "DONE");
        } else if (!unknown.isEmpty()) {
            sends.progress(id, null, 0, unknown.size(), status);
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("audienceKind", audience.kind().name());
        details.put("audience", summary);
        details.put("scheduledAt", request.scheduledAt().toString());
        activity.record("push.send", "PushSend", id, details);
        return sends.find(id).orElseThrow();
    }

    /**
     * Admin, or the Staff member who sent it. Waits for an expansion chunk in progress (row lock), then
     * queued notifications become CANCELLED and the worker stops at its next chunk.
     */
    @Transactional
    PushSendView cancel(UUID id) {
        Actor actor = CurrentActor.requireRole(Role.ADMIN, Role.STAFF);
        PushSendView send = sends.lock(id, false).orElseThrow(() -> PushException.notFound("Push send", id));
        if (actor.role() == Role.STAFF && !actor.userId().equals(send.createdBy())) {
            throw PushException.forbidden("Staff may cancel only the sends they made");
        }
        if (send.status().equals("CANCELLED")) {
            return send;
        }
        if (send.status().equals("DONE")) {
            throw PushException.badInput("id", "The send is DONE: nothing is left to cancel");
        }
        // Only the notifications change: their queue rows are dropped by the dispatcher's next claim that
        // reaches them (taking them here would lock queue rows and notifications in the claim's opposite order).
        int cancelled = jdbc.update("""
                update notifications set status = 'CANCELLED'
                 where business_id = :businessId and send_id = :sendId and status = 'QUEUED'""",
                Map.of("businessId", TenantContext.require(), "sendId", id));
        sends.cancel(id);
        activity.record("push.cancel", "PushSend", id, Map.of("notificationsCancelled", cancelled));
        return sends.find(id).orElseThrow();
    }
}
