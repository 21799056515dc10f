package com.radartracking.campaigns.triggers;

import com.radartracking.campaigns.model.Campaign;
import com.radartracking.campaigns.model.CampaignKind;
import com.radartracking.campaigns.model.CampaignMessage;
import com.radartracking.campaigns.model.CampaignStatus;
import com.radartracking.campaigns.model.CampaignStore;
import com.radartracking.campaigns.model.TriggerSettings;
import com.radartracking.campaigns.model.TriggerType;
import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.support.ApiIntegrationTest;
import com.radartracking.support.TenantFixture;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Helpers of the campaign trigger ITs: a business with a location, customers created through the API,
 * devices written as the application role under the business's tenant, and TRIGGERED campaigns written
 * through {@link CampaignStore} directly (ACTIVE), as the campaign API would once activated.
 */
abstract class CampaignTriggerTestSupport extends ApiIntegrationTest {

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    CampaignStore campaigns;

    @Autowired
    MeterRegistry meters;

    TenantFixture tenant;
    UUID business;
    String location;

    void business(String name) {
        tenant = signUpBusiness(name);
        business = tenant.businessId();
        location = createLocation(tenant.adminToken(), "Centro", 4.6, -74.08);
    }

    <T> T asTenant(Supplier<T> work) {
        return TenantContext.callAs(business, () -> transactions.execute(status -> work.get()));
    }

    /** A customer with push and location consent (unless {@code consent} is false) and the given tags. */
    UUID customer(String firstName, boolean consent, String preferredLocation, String... tags) {
        Map<String, Object> input = new HashMap<>(Map.of("firstName", firstName, "lastName", "Pérez",
                "email", uniqueEmail(firstName.toLowerCase()), "tags", List.of(tags),
                "consents", Map.of("push", consent, "location", consent, "source", "PANEL")));
        if (preferredLocation != null) {
            input.put("preferredLocationId", preferredLocation);
        }
        return UUID.fromString(graphQl.execute(tenant.adminToken(),
                "mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }", Map.of("i", input))
                .ok().text("createCustomer.id"));
    }

    UUID customer(String firstName) {
        return customer(firstName, true, null);
    }

    /** An active device refreshed an hour ago. */
    UUID device(UUID customer) {
        UUID id = UUID.randomUUID();
        asTenant(() -> jdbc.update("""
                insert into device_tokens (id, business_id, customer_id, token, token_kind, platform, refreshed_at)
                values (?, ?, ?, ?, 'FCM_TOKEN', 'ANDROID', ?)""", id, business, customer, "token-" + id,
                Timestamp.from(Instant.now().minus(Duration.ofHours(1)))));
        return id;
    }

    /** A saved segment: customers with {@code tag}. */
    String segmentWithTag(String tag) {
        return graphQl.execute(tenant.adminToken(), "mutation($i: SegmentInput!) { createSegment(input: $i) { id } }",
                Map.of("i", Map.of("name", "Tagged " + tag + " " + UUID.randomUUID(),
                        "condition", Map.of("fact", "TAG", "tag", tag)))).ok().text("createSegment.id");
    }

    /** How a test campaign differs from an ACTIVE, open-ended one for every customer with a short message. */
    record Spec(TriggerSettings trigger, CampaignStatus status, String segmentId, List<UUID> locations, String title,
            String body, Instant startsAt, Instant endsAt) {

        static Spec of(TriggerSettings trigger) {
            return new Spec(trigger, CampaignStatus.ACTIVE, null, List.of(), "Hola {{firstName}}",
                    "Te esperamos en {{businessName}}", null, null);
        }

        Spec status(CampaignStatus value) {
            return new Spec(trigger, value, segmentId, locations, title, body, startsAt, endsAt);
        }

        Spec segment(String value) {
            return new Spec(trigger, status, value, locations, title, body, startsAt, endsAt);
        }

        Spec locations(UUID... value) {
            return new Spec(trigger, status, segmentId, List.of(value), title, body, startsAt, endsAt);
        }

        Spec message(String newTitle, String newBody) {
            return new Spec(trigger, status, segmentId, locations, newTitle, newBody, startsAt, endsAt);
        }

        Spec dates(Instant from, Instant to) {
            return new Spec(trigger, status, segmentId, locations, title, body, from, to);
        }
    }

    static TriggerSettings geofence(TriggerType type, Integer cooldownHours, UUID... zones) {
        return new TriggerSettings(type, null, null, null, Arrays.stream(zones).map(UUID::toString).toList(),
                null, null, null, cooldownHours);
    }

    static TriggerSettings points(int threshold, String programId) {
        return new TriggerSettings(TriggerType.POINTS_THRESHOLD, null, null, null, null, threshold, programId, null,
                null);
    }

    static TriggerSettings reward(String programId, String rewardId) {
        return new TriggerSettings(TriggerType.REWARD_AVAILABLE, null, null, null, null, null, programId, rewardId,
                null);
    }

    UUID campaign(Spec spec) {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Campaign campaign = new Campaign(id, business, "Campaign " + id, CampaignKind.TRIGGERED, spec.status(),
                spec.trigger(), null, spec.segmentId(), spec.locations(),
                new CampaignMessage(spec.title(), spec.body(), null, "app://offers", Map.of("campaign", "yes")),
                spec.startsAt(), spec.endsAt(), null, null, null, now, now, null);
        asTenant(() -> {
            campaigns.insert(campaign);
            return null;
        });
        return id;
    }

    /** The campaign's deliveries' occurrences, oldest first. */
    List<String> deliveries(UUID campaign) {
        return asTenant(() -> jdbc.queryForList("""
                select occurrence from campaign_deliveries where campaign_id = ? order by created_at, id""",
                String.class, campaign));
    }

    List<String> deliveries(UUID campaign, UUID customer) {
        return asTenant(() -> jdbc.queryForList("""
                select occurrence from campaign_deliveries where campaign_id = ? and customer_id = ?
                 order by created_at, id""", String.class, campaign, customer));
    }

    /** The customer's notifications: title, campaign (null for others), held reason. */
    List<Map<String, Object>> notifications(UUID customer) {
        return asTenant(() -> jdbc.queryForList("""
                select n.title, s.campaign_id, s.geofence_id, n.held_reason, n.due_at
                  from notifications n join push_sends s on s.id = n.send_id
                 where n.customer_id = ? order by n.created_at, n.id""", customer));
    }

    /** The customer's push skip reasons of this campaign's sends. */
    List<String> skips(UUID campaign, UUID customer) {
        return asTenant(() -> jdbc.queryForList("""
                select k.reason from push_skips k join push_sends s on s.id = k.send_id
                 where s.campaign_id = ? and k.customer_id = ? order by k.created_at, k.id""", String.class,
                campaign, customer));
    }

    int count(String sql, Object... args) {
        return asTenant(() -> jdbc.queryForObject(sql, Integer.class, args));
    }

    double counted(TriggerType trigger, String outcome) {
        return meters.counter("radar.campaign.triggered", "trigger", trigger.name(), "outcome", outcome).count();
    }
}
