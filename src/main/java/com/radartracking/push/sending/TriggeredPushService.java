package com.radartracking.push.sending;

import com.radartracking.customers.CustomerDirectory;
import com.radartracking.customers.CustomerSummary;
import com.radartracking.platform.errors.DomainException;
import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.push.TriggeredPushes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@link TriggeredPushes}: a one-customer send without an acting user, expanded inline by the same
 * {@link Fanout} as the panel's sends. Deliberately not {@code @Transactional}: it joins the caller's
 * transaction, and a refusal is returned, never thrown, so it cannot mark the caller's work rollback-only.
 * No activity-log entry either: the trigger keeps its own record (geo_pushes for GeoPush).
 */
@Service
class TriggeredPushService implements TriggeredPushes {

    private final PushSendStore sends;
    private final PushSettingsStore settings;
    private final Fanout fanout;
    private final AudienceStats stats;
    private final CustomerDirectory customers;
    private final NamedParameterJdbcTemplate jdbc;

    TriggeredPushService(PushSendStore sends, PushSettingsStore settings, Fanout fanout, AudienceStats stats,
            CustomerDirectory customers, NamedParameterJdbcTemplate jdbc) {
        this.sends = sends;
        this.settings = settings;
        this.fanout = fanout;
        this.stats = stats;
        this.customers = customers;
        this.jdbc = jdbc;
    }

    @Override
    public Result send(TriggeredPush push) {
        requireTransaction();
        PushMessage message;
        try {
            message = PushMessage.from(input(push));
        } catch (DomainException refused) {
            return rejected(refused.getMessage());
        }
        Optional<CustomerSummary> customer = customers.find(push.customerId());
        if (customer.isEmpty()) {
            return rejected("UNKNOWN_CUSTOMER");
        }
        PushAudience audience = new PushAudience(PushAudience.Kind.CUSTOMER, push.customerId(), List.of(), null);
        PushSettings current = settings.current();
        int bytes = stats.payloadBytesToCheck(message, audience, current);
        if (bytes > PayloadSize.FCM_LIMIT_BYTES) {
            return rejected(String.format("The personalised payload would be %,d bytes; FCM accepts at most %,d",
                    bytes, PayloadSize.FCM_LIMIT_BYTES));
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        UUID id = UUID.randomUUID();
        sends.insertTriggered(new PushSendStore.NewSend(id, null, audience, customer.get().displayName(), message,
                "QUEUED", now, null, now), campaignId(push), geofenceId(push), null);
        Fanout.Chunk chunk = fanout.expand(sends.find(id).orElseThrow(), current, null, 1);
        sends.progress(id, chunk.lastId(), chunk.written(), chunk.skipped(), chunk.written() > 0 ? "QUEUED" : "DONE");
        if (chunk.written() > 0) {
            return new Result(Status.QUEUED, id, chunk.written(), null);
        }
        return new Result(Status.SKIPPED, id, 0, skipReason(id));
    }

    @Override
    public BatchResult sendToCustomers(TriggeredBatch batch) {
        requireTransaction();
        PushMessage message;
        try {
            message = PushMessage.from(input(batch.title(), batch.body(), batch.imageUrl(), batch.deepLink(),
                    batch.data()));
        } catch (DomainException refused) {
            return new BatchResult(Status.REJECTED, null, 0, 0, refused.getMessage());
        }
        List<UUID> ids = List.copyOf(new LinkedHashSet<>(batch.customerIds()));
        PushAudience audience = new PushAudience(PushAudience.Kind.CUSTOMERS, null, ids, null);
        PushSettings current = settings.current();
        int bytes = stats.payloadBytesToCheck(message, audience, current);
        if (bytes > PayloadSize.FCM_LIMIT_BYTES) {
            return new BatchResult(Status.REJECTED, null, 0, 0, String.format(
                    "The personalised payload would be %,d bytes; FCM accepts at most %,d", bytes,
                    PayloadSize.FCM_LIMIT_BYTES));
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        UUID id = batch.sendId();
        sends.insertTriggered(new PushSendStore.NewSend(id, null, audience, String.format("%,d customers", ids.size()),
                message, "QUEUED", now, null, now), campaignId(batch.source(), batch.sourceId()),
                geofenceId(batch.source(), batch.sourceId()), null);
        Fanout.Chunk chunk = fanout.expand(sends.find(id).orElseThrow(), current, null, ids.size());
        int unknown = ids.size() - chunk.customers();
        if (unknown > 0) {
            sends.skipUnknown(id, unknown);
        }
        sends.progress(id, chunk.lastId(), chunk.written(), chunk.skipped() + unknown,
                chunk.written() > 0 ? "QUEUED" : "DONE");
        return new BatchResult(chunk.written() > 0 ? Status.QUEUED : Status.SKIPPED, id, chunk.written(),
                chunk.skipped() + unknown, null);
    }

    @Override
    public UUID recordSkip(TriggeredPush push, SkipReason reason) {
        requireTransaction();
        PushAudience audience = new PushAudience(PushAudience.Kind.CUSTOMER, push.customerId(), List.of(), null);
        String summary = customers.find(push.customerId()).map(CustomerSummary::displayName).orElse("Unknown customer");
        // Stored as the trigger wrote it (it is not delivered, so it is not re-validated).
        PushMessage message = new PushMessage(push.title(), push.body(), push.imageUrl(), push.deepLink(), push.data());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        UUID id = UUID.randomUUID();
        sends.insertTriggered(new PushSendStore.NewSend(id, null, audience, summary, message, "DONE", now, null, now),
                campaignId(push), geofenceId(push), reason.name());
        return id;
    }

    private static void requireTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("A triggered push joins its trigger's transaction; none is active");
        }
    }

    /** The shape of the GraphQL PushMessageInput, so the panel's validation applies unchanged. */
    private static Map<String, Object> input(TriggeredPush push) {
        return input(push.title(), push.body(), push.imageUrl(), push.deepLink(), push.data());
    }

    private static Map<String, Object> input(String title, String body, String imageUrl, String deepLink,
            Map<String, String> data) {
        Map<String, Object> input = new HashMap<>();
        input.put("title", title);
        input.put("body", body);
        input.put("imageUrl", imageUrl);
        input.put("deepLink", deepLink);
        input.put("data", data.entrySet().stream()
                .map(entry -> Map.<String, Object>of("key", entry.getKey(), "value", entry.getValue())).toList());
        return input;
    }

    private static Result rejected(String why) {
        return new Result(Status.REJECTED, null, 0, why);
    }

    private static UUID campaignId(TriggeredPush push) {
        return campaignId(push.source(), push.sourceId());
    }

    private static UUID geofenceId(TriggeredPush push) {
        return geofenceId(push.source(), push.sourceId());
    }

    private static UUID campaignId(Source source, UUID id) {
        return source == Source.CAMPAIGN ? id : null;
    }

    private static UUID geofenceId(Source source, UUID id) {
        return source == Source.GEOFENCE ? id : null;
    }

    private String skipReason(UUID sendId) {
        return jdbc.queryForList("""
                select reason from push_skips where business_id = :businessId and send_id = :sendId limit 1""",
                Map.of("businessId", TenantContext.require(), "sendId", sendId), String.class).stream().findFirst()
                .orElse(null);
    }
}
