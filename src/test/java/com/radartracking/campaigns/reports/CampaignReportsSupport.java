package com.radartracking.campaigns.reports;

import com.radartracking.campaigns.engine.CampaignDeliveries;
import com.radartracking.campaigns.model.Campaign;
import com.radartracking.campaigns.model.CampaignKind;
import com.radartracking.campaigns.model.CampaignMessage;
import com.radartracking.campaigns.model.CampaignSchedule;
import com.radartracking.campaigns.model.CampaignStatus;
import com.radartracking.campaigns.model.CampaignStore;
import com.radartracking.campaigns.model.TriggerSettings;
import com.radartracking.campaigns.model.TriggerType;
import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.support.ApiIntegrationTest;
import com.radartracking.support.GraphQlResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Helpers of the reports' ITs. Customers, visits, segments and push settings go through the API; campaigns
 * are planted through CampaignStore and delivered through CampaignDeliveries (the engine's exactly-once path,
 * which writes the push send, notifications and skips); what happens after (sent, received, opened) is the
 * dispatcher's and the app's, so it is written on the rows, as the application role under the tenant.
 */
abstract class CampaignReportsSupport extends ApiIntegrationTest {

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    CampaignStore campaigns;

    @Autowired
    CampaignDeliveries deliveries;

    <T> T asTenant(UUID businessId, Supplier<T> work) {
        return TenantContext.callAs(businessId, () -> transactions.execute(status -> work.get()));
    }

    void inTenant(UUID businessId, Runnable work) {
        asTenant(businessId, () -> {
            work.run();
            return null;
        });
    }

    static Campaign campaign(UUID businessId, CampaignKind kind, CampaignStatus status, TriggerSettings trigger,
            CampaignSchedule schedule, String segmentId) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return new Campaign(UUID.randomUUID(), businessId, "Campaign " + UUID.randomUUID().toString().substring(0, 6),
                kind, status, trigger, schedule, segmentId, List.of(),
                new CampaignMessage("Hola {{firstName}}", "Te extrañamos", null, null, Map.of()), null, null, null, null,
                null, now.minus(Duration.ofDays(30)), now, null);
    }

    static TriggerSettings trigger(TriggerType type, Integer days, Integer hours, String localTime) {
        return new TriggerSettings(type, days, hours, localTime,
                type.name().startsWith("GEOFENCE") ? List.of(UUID.randomUUID().toString()) : null, null, null, null,
                null);
    }

    static CampaignSchedule daily(String localTime) {
        return new CampaignSchedule(null, CampaignSchedule.Frequency.DAILY, null, null, localTime);
    }

    Campaign plant(Campaign campaign) {
        inTenant(campaign.businessId(), () -> campaigns.insert(campaign));
        return campaign;
    }

    /** Delivers through the engine's path; returns the send's id. */
    UUID deliver(Campaign campaign, List<String> customerIds, String occurrence) {
        return asTenant(campaign.businessId(), () -> deliveries.deliver(campaign, customerIds.stream()
                .map(id -> new CampaignDeliveries.Recipient(UUID.fromString(id), occurrence)).toList()).sendId());
    }

    String createCustomer(String token, String firstName, boolean pushConsent, Map<String, Object> more) {
        Map<String, Object> input = new HashMap<>(more);
        input.put("firstName", firstName);
        input.put("email", uniqueEmail("c" + Math.abs(firstName.hashCode())));
        input.put("consents", Map.of("push", pushConsent, "source", "PANEL"));
        return graphQl.execute(token, "mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }",
                Map.of("i", input)).ok().text("createCustomer.id");
    }

    String createCustomer(String token, String firstName, boolean pushConsent) {
        return createCustomer(token, firstName, pushConsent, Map.of());
    }

    /** A device refreshed {@code refreshedAgo} ago. */
    void addDevice(UUID businessId, String customerId, Duration refreshedAgo) {
        UUID id = UUID.randomUUID();
        inTenant(businessId, () -> jdbc.update("""
                insert into device_tokens (id, business_id, customer_id, token, token_kind, platform, refreshed_at)
                values (?, ?, ?, ?, 'FCM_TOKEN', 'ANDROID', ?)""", id, businessId, UUID.fromString(customerId),
                "token-" + id, Timestamp.from(Instant.now().minus(refreshedAgo))));
    }

    void addDevice(UUID businessId, String customerId) {
        addDevice(businessId, customerId, Duration.ofHours(1));
    }

    /** A reachable customer: push consent and a fresh device. */
    String reachableCustomer(String token, UUID businessId, String firstName, Map<String, Object> more) {
        String id = createCustomer(token, firstName, true, more);
        addDevice(businessId, id);
        return id;
    }

    void recordVisit(String token, String customerId, String locationId, Instant at) {
        graphQl.execute(token, "mutation($i: RecordVisitInput!) { recordVisit(input: $i) { id } }",
                Map.of("i", Map.of("customerId", customerId, "locationId", locationId,
                        "occurredAt", at.truncatedTo(ChronoUnit.SECONDS).toString()))).ok();
    }

    GraphQlResponse setPushSettings(String token, Map<String, Object> input) {
        return graphQl.execute(token, "mutation($i: UpdatePushSettingsInput!) { updatePushSettings(input: $i) { timeZone } }",
                Map.of("i", input)).ok();
    }

    String createSegment(String token, String name, Map<String, Object> condition) {
        return graphQl.execute(token, "mutation($i: SegmentInput!) { createSegment(input: $i) { id } }",
                Map.of("i", Map.of("name", name, "condition", condition))).ok().text("createSegment.id");
    }

    int update(UUID businessId, String sql, Object... args) {
        return asTenant(businessId, () -> jdbc.update(sql, args));
    }

    /** Moves a campaign send (its deliveries and the send) back to {@code at}, as if it had gone out then. */
    void backdate(UUID businessId, UUID sendId, Instant at) {
        update(businessId, "update campaign_deliveries set created_at = ? where send_id = ?", Timestamp.from(at), sendId);
        update(businessId, "update push_sends set created_at = ? where id = ?", Timestamp.from(at), sendId);
    }

    /** A customer's notification of the send still waiting, held back by quiet hours for six more hours. */
    void holdBackForQuietHours(UUID businessId, UUID sendId, String customerId) {
        update(businessId, """
                update notifications set held_reason = 'QUIET_HOURS', due_at = now() + interval '6 hours'
                 where send_id = ? and customer_id = ?""", sendId, UUID.fromString(customerId));
    }

    /** A customer's notification of the send as the dispatcher and the app would leave it: SENT a minute after {@code at}. */
    void markSent(UUID businessId, UUID sendId, String customerId, Instant at, boolean received, boolean opened) {
        Instant sentAt = at.plus(Duration.ofMinutes(1));
        update(businessId, """
                update notifications set status = 'SENT', sent_at = ?, received_at = ?, opened_at = ?
                 where send_id = ? and customer_id = ?""", Timestamp.from(sentAt),
                received ? Timestamp.from(sentAt.plusSeconds(5)) : null,
                opened ? Timestamp.from(sentAt.plusSeconds(60)) : null, sendId, UUID.fromString(customerId));
    }

    /** A funnel's (or one of its rows') steps in order: targeted, sent, delivered, opened, visited. */
    static List<Integer> steps(JsonNode node) {
        return List.of(node.path("targeted").asInt(), node.path("sent").asInt(), node.path("delivered").asInt(),
                node.path("opened").asInt(), node.path("visited").asInt());
    }
}
