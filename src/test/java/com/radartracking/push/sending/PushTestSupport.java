package com.radartracking.push.sending;

import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.support.ApiIntegrationTest;
import com.radartracking.support.GraphQlResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Helpers of the push sending ITs: customers through the API, devices and bulk audiences written as the
 * application role under the business's tenant (row-level security applies, as for the app itself).
 */
abstract class PushTestSupport extends ApiIntegrationTest {

    static final String SEND_FIELDS = """
            id audienceKind audienceSummary audienceCustomerCount
            audienceSegment { search tags preferredLocationId visitedLocationId lastVisitFrom lastVisitTo minVisits maxVisits
                              createdFrom createdTo }
            title body imageUrl deepLink data { key value } status scheduledAt
            createdByName idempotencyKey recipients skipped createdAt cancelledAt completedAt
            counts { total queued sending sent failed cancelled received opened heldBack }
            skipCounts { reason count }""";

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ExpansionWorker worker;

    <T> T asTenant(UUID businessId, Supplier<T> work) {
        return TenantContext.callAs(businessId, () -> transactions.execute(status -> work.get()));
    }

    String createCustomer(String token, String firstName, String lastName, boolean pushConsent) {
        Map<String, Object> input = new HashMap<>(Map.of("firstName", firstName, "lastName", lastName,
                "email", uniqueEmail("c" + Math.abs(firstName.hashCode()))));
        input.put("consents", Map.of("push", pushConsent, "source", "PANEL"));
        return graphQl.execute(token, "mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }",
                Map.of("i", input)).ok().text("createCustomer.id");
    }

    /** A device of the customer refreshed {@code refreshedAgo} ago; deactivated when not {@code active}. */
    UUID addDevice(UUID businessId, String customerId, Duration refreshedAgo, boolean active) {
        UUID id = UUID.randomUUID();
        asTenant(businessId, () -> jdbc.update("""
                insert into device_tokens (id, business_id, customer_id, token, token_kind, platform, refreshed_at,
                                           deactivated_at, deactivation_reason)
                values (?, ?, ?, ?, 'FCM_TOKEN', 'ANDROID', ?, ?, ?)""", id, businessId, UUID.fromString(customerId),
                "token-" + id, Timestamp.from(Instant.now().minus(refreshedAgo)),
                active ? null : Timestamp.from(Instant.now()), active ? null : "UNREGISTERED_BY_APP"));
        return id;
    }

    UUID addDevice(UUID businessId, String customerId) {
        return addDevice(businessId, customerId, Duration.ofHours(1), true);
    }

    /**
     * {@code count} customers named Bulk&lt;n&gt; written set-based, each with push consent and one fresh
     * device when {@code reachable}, tagged {@code tag}; returns their ids.
     */
    List<UUID> bulkCustomers(UUID businessId, int count, boolean reachable, String tag) {
        return asTenant(businessId, () -> {
            List<UUID> ids = new ArrayList<>(jdbc.queryForList("""
                    insert into customers (id, business_id, first_name, last_name, tags, source)
                    select gen_random_uuid(), ?, 'Bulk' || n, 'Apellido', array[?], 'IMPORT'
                      from generate_series(1, ?) n returning id""", UUID.class, businessId, tag, count));
            if (reachable) {
                UUID[] array = ids.toArray(UUID[]::new);
                jdbc.update("""
                        insert into consents (business_id, customer_id, type, granted, source, changed_at)
                        select ?, c, 'PUSH', true, 'IMPORT', now() from unnest(?) c""", businessId, array);
                jdbc.update("""
                        insert into device_tokens (id, business_id, customer_id, token, token_kind, platform)
                        select gen_random_uuid(), ?, c, 'bulk-' || c, 'FCM_TOKEN', 'IOS' from unnest(?) c""",
                        businessId, array);
            }
            return ids;
        });
    }

    GraphQlResponse sendPush(String token, Map<String, Object> audience, Map<String, Object> message,
            Map<String, Object> more) {
        Map<String, Object> input = new HashMap<>(more);
        input.put("audience", audience);
        input.put("message", message);
        return graphQl.execute(token, "mutation($i: SendPushInput!) { sendPush(input: $i) { " + SEND_FIELDS + " } }",
                Map.of("i", input));
    }

    GraphQlResponse sendPush(String token, Map<String, Object> audience, Map<String, Object> message) {
        return sendPush(token, audience, message, Map.of());
    }

    GraphQlResponse pushSend(String token, String id) {
        return graphQl.execute(token, "query($id: ID!) { pushSend(id: $id) { " + SEND_FIELDS + " } }",
                Map.of("id", id));
    }

    static Map<String, Object> toCustomer(String id) {
        return Map.of("kind", "CUSTOMER", "customerId", id);
    }

    static Map<String, Object> message(String title, String body) {
        return Map.of("title", title, "body", body);
    }

    int count(UUID businessId, String sql, Object... args) {
        return asTenant(businessId, () -> jdbc.queryForObject(sql, Integer.class, args));
    }
}
