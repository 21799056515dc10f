package com.radartracking.campaigns.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.campaigns.engine.Occurrences;
import com.radartracking.campaigns.model.Campaign;
import com.radartracking.campaigns.model.CampaignKind;
import com.radartracking.campaigns.model.CampaignSchedule;
import com.radartracking.campaigns.model.CampaignStatus;
import com.radartracking.campaigns.model.TriggerType;
import com.radartracking.support.GraphQlResponse;
import com.radartracking.support.TenantFixture;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** campaignDryRun for each kind of campaign and trigger, push's hold-backs and the warnings. */
class CampaignDryRunIT extends CampaignReportsSupport {

    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
    private static final String DRY_RUN = """
            query($id: ID!, $d: Int) { campaignDryRun(id: $id, days: $d) { qualifyingNow reachable
              heldBack { reason count } upcoming { at customers } sample { id displayName } warnings } }""";

    @Test
    void aRecurringCampaignQualifiesItsSegmentAndCountsWhoPushReaches() {
        TenantFixture tenant = signUpBusiness("Dry Run Recurring");
        String token = tenant.adminToken();
        UUID business = tenant.businessId();
        Map<String, Object> vip = Map.of("tags", List.of("vip"));
        String reachable = reachableCustomer(token, business, "Alcanzable", vip);
        String noConsent = createCustomer(token, "Sinpermiso", false, vip);
        addDevice(business, noConsent);
        createCustomer(token, "Sinequipo", true, vip);
        String stale = createCustomer(token, "Vieja", true, vip);
        addDevice(business, stale, Duration.ofDays(40));
        reachableCustomer(token, business, "Otra", Map.of("tags", List.of("regular")));
        String segment = createSegment(token, "VIP", Map.of("fact", "TAG", "tag", "vip"));
        Campaign campaign = plant(campaign(business, CampaignKind.RECURRING, CampaignStatus.DRAFT, null,
                daily("10:00"), segment));

        JsonNode dryRun = dryRun(token, campaign, 7).ok().data("campaignDryRun");

        assertThat(dryRun.path("qualifyingNow").asInt()).isEqualTo(4);
        assertThat(dryRun.path("reachable").asInt()).isEqualTo(1);
        assertThat(held(dryRun)).containsExactly("NO_CONSENT=1", "NO_DEVICE=1", "STALE_TOKEN=1");
        assertThat(dryRun.path("upcoming")).hasSize(7);
        dryRun.path("upcoming").forEach(run -> {
            assertThat(run.path("customers").asInt()).isEqualTo(4);
            assertThat(Instant.parse(run.path("at").asString()).atZone(BOGOTA).toLocalTime().toString())
                    .isEqualTo("10:00");
        });
        assertThat(dryRun.path("sample")).hasSize(1);
        assertThat(dryRun.path("sample").get(0).path("id").asString()).isEqualTo(reachable);
        assertThat(dryRun.path("warnings")).isEmpty();
        assertThat(dryRun(token, campaign, 3).ok().data("campaignDryRun.upcoming")).hasSize(3);
    }

    @Test
    void theFrequencyCapAndQuietHoursAtTheNextRunHoldCustomersBack() {
        TenantFixture tenant = signUpBusiness("Dry Run Held");
        String token = tenant.adminToken();
        UUID business = tenant.businessId();
        String capped = reachableCustomer(token, business, "Tope", Map.of());
        reachableCustomer(token, business, "Silencio", Map.of());
        setPushSettings(token, Map.of("quietHoursStart", "09:00", "quietHoursEnd", "11:00", "frequencyCap", 1,
                "frequencyCapWindowHours", 48));
        update(business, """
                insert into notifications (id, business_id, customer_id, device_token_id, title, body, status, due_at, sent_at)
                select gen_random_uuid(), business_id, customer_id, id, 'Hola', 'Antes', 'SENT', now(), now()
                  from device_tokens where customer_id = ?""", UUID.fromString(capped));
        Campaign campaign = plant(campaign(business, CampaignKind.RECURRING, CampaignStatus.DRAFT, null,
                daily("10:00"), null));

        JsonNode dryRun = dryRun(token, campaign, 7).ok().data("campaignDryRun");

        assertThat(dryRun.path("reachable").asInt()).isEqualTo(2);
        assertThat(held(dryRun)).containsExactly("FREQUENCY_CAP=1", "QUIET_HOURS=1");
        assertThat(warnings(dryRun)).anyMatch(w -> w.contains("held back"));
    }

    @Test
    void inactivityChoosesTheLapsedNowAndThoseCrossingTheThresholdLater() {
        TenantFixture tenant = signUpBusiness("Dry Run Inactivity");
        String token = tenant.adminToken();
        UUID business = tenant.businessId();
        String location = createLocation(token, "Sede", 4.6, -74.08);
        Instant now = Instant.now();
        String lapsed = reachableCustomer(token, business, "Perdida", Map.of());
        recordVisit(token, lapsed, location, now.minus(Duration.ofDays(40)));
        String soon = reachableCustomer(token, business, "Pronto", Map.of());
        Instant soonVisit = now.minus(Duration.ofDays(27));
        recordVisit(token, soon, location, soonVisit);
        String recent = reachableCustomer(token, business, "Reciente", Map.of());
        recordVisit(token, recent, location, now.minus(Duration.ofDays(2)));
        reachableCustomer(token, business, "Nunca", Map.of());
        String messaged = reachableCustomer(token, business, "Avisada", Map.of());
        recordVisit(token, messaged, location, now.minus(Duration.ofDays(35)));
        Campaign campaign = plant(campaign(business, CampaignKind.TRIGGERED, CampaignStatus.ACTIVE,
                trigger(TriggerType.INACTIVITY, 30, null, "10:00"), null, null));
        String lapse = asTenant(business, () -> jdbc.queryForObject(
                "select " + Occurrences.lapseSql() + " from customers c where c.id = ?", String.class,
                UUID.fromString(messaged)));
        deliver(campaign, List.of(messaged), lapse);

        JsonNode dryRun = dryRun(token, campaign, 7).ok().data("campaignDryRun");

        assertThat(dryRun.path("qualifyingNow").asInt()).isEqualTo(1);
        assertThat(dryRun.path("sample").get(0).path("id").asString()).isEqualTo(lapsed);
        JsonNode upcoming = dryRun.path("upcoming");
        assertThat(upcoming).hasSize(7);
        assertThat(upcoming.get(0).path("customers").asInt()).isEqualTo(1);
        int total = 0;
        for (JsonNode run : upcoming) {
            int customers = run.path("customers").asInt();
            total += customers;
            if (customers > 0 && run != upcoming.get(0)) {
                assertThat(Instant.parse(run.path("at").asString())).isAfter(soonVisit.plus(Duration.ofDays(30)));
            }
        }
        assertThat(total).isEqualTo(2);
    }

    @Test
    void birthdaysCountOnTheirLocalDay() {
        TenantFixture tenant = signUpBusiness("Dry Run Birthday");
        String token = tenant.adminToken();
        UUID business = tenant.businessId();
        LocalDate today = LocalDate.now(BOGOTA);
        reachableCustomer(token, business, "Hoy", Map.of("birthday", today.minusYears(30).toString()));
        reachableCustomer(token, business, "Manana", Map.of("birthday", today.plusDays(1).minusYears(30).toString()));
        reachableCustomer(token, business, "Luego", Map.of("birthday", today.plusDays(3).minusYears(25).toString()));
        reachableCustomer(token, business, "Nada", Map.of());
        Campaign campaign = plant(campaign(business, CampaignKind.TRIGGERED, CampaignStatus.DRAFT,
                trigger(TriggerType.BIRTHDAY, null, null, "10:00"), null, null));

        JsonNode dryRun = dryRun(token, campaign, 7).ok().data("campaignDryRun");

        assertThat(dryRun.path("qualifyingNow").asInt()).isEqualTo(1);
        Map<LocalDate, Integer> byDay = new HashMap<>();
        dryRun.path("upcoming").forEach(run -> byDay.put(
                Instant.parse(run.path("at").asString()).atZone(BOGOTA).toLocalDate(), run.path("customers").asInt()));
        assertThat(byDay).containsEntry(today.plusDays(1), 1).containsEntry(today.plusDays(3), 1)
                .containsEntry(today.plusDays(2), 0);
        if (byDay.containsKey(today)) {
            assertThat(byDay.get(today)).isEqualTo(1);
        }
    }

    @Test
    void welcomeChoosesThoseWhoJustJoinedDueAfterTheDelay() {
        TenantFixture tenant = signUpBusiness("Dry Run Welcome");
        String token = tenant.adminToken();
        Instant before = Instant.now();
        reachableCustomer(token, tenant.businessId(), "Nueva", Map.of());
        Campaign campaign = plant(campaign(tenant.businessId(), CampaignKind.TRIGGERED, CampaignStatus.DRAFT,
                trigger(TriggerType.WELCOME, null, 24, null), null, null));

        JsonNode dryRun = dryRun(token, campaign, 7).ok().data("campaignDryRun");

        assertThat(dryRun.path("qualifyingNow").asInt()).isEqualTo(1);
        assertThat(dryRun.path("upcoming")).hasSize(1);
        JsonNode run = dryRun.path("upcoming").get(0);
        assertThat(run.path("customers").asInt()).isEqualTo(1);
        assertThat(Instant.parse(run.path("at").asString()))
                .isBetween(before.plus(Duration.ofHours(24)), Instant.now().plus(Duration.ofHours(24)));
    }

    @Test
    void afterVisitChoosesRecentVisitsNotYetMessaged() {
        TenantFixture tenant = signUpBusiness("Dry Run After Visit");
        String token = tenant.adminToken();
        String location = createLocation(token, "Sede", 4.6, -74.08);
        Instant visit = Instant.now().minus(Duration.ofMinutes(30));
        String recent = reachableCustomer(token, tenant.businessId(), "Reciente", Map.of());
        recordVisit(token, recent, location, visit);
        String earlier = reachableCustomer(token, tenant.businessId(), "Antes", Map.of());
        recordVisit(token, earlier, location, Instant.now().minus(Duration.ofHours(5)));
        Campaign campaign = plant(campaign(tenant.businessId(), CampaignKind.TRIGGERED, CampaignStatus.DRAFT,
                trigger(TriggerType.AFTER_VISIT, null, 2, null), null, null));

        JsonNode dryRun = dryRun(token, campaign, 7).ok().data("campaignDryRun");

        assertThat(dryRun.path("qualifyingNow").asInt()).isEqualTo(1);
        assertThat(dryRun.path("sample").get(0).path("id").asString()).isEqualTo(recent);
        assertThat(dryRun.path("upcoming")).hasSize(1);
        assertThat(dryRun.path("upcoming").get(0).path("customers").asInt()).isEqualTo(1);
        assertThat(Instant.parse(dryRun.path("upcoming").get(0).path("at").asString()))
                .isBetween(visit.plus(Duration.ofHours(2)).minusSeconds(1), visit.plus(Duration.ofHours(2)).plusSeconds(1));
    }

    @Test
    void eventTriggersShowTheAudienceAndSayTheyFireOnEvents() {
        TenantFixture tenant = signUpBusiness("Dry Run Events");
        reachableCustomer(tenant.adminToken(), tenant.businessId(), "Una", Map.of());
        createCustomer(tenant.adminToken(), "Dos", true);
        Campaign campaign = plant(campaign(tenant.businessId(), CampaignKind.TRIGGERED, CampaignStatus.DRAFT,
                trigger(TriggerType.GEOFENCE_ENTER, null, null, null), null, null));

        JsonNode dryRun = dryRun(tenant.adminToken(), campaign, 7).ok().data("campaignDryRun");

        assertThat(dryRun.path("qualifyingNow").asInt()).isEqualTo(2);
        assertThat(dryRun.path("reachable").asInt()).isEqualTo(1);
        assertThat(dryRun.path("upcoming")).isEmpty();
        assertThat(warnings(dryRun)).anyMatch(w -> w.contains("fires on events"));
    }

    @Test
    void warningsSayWhyNothingWouldGoOut() {
        TenantFixture tenant = signUpBusiness("Dry Run Warnings");
        String token = tenant.adminToken();
        UUID business = tenant.businessId();
        assertThat(warningsOf(token, plant(campaign(business, CampaignKind.RECURRING, CampaignStatus.DRAFT, null,
                daily("10:00"), null)))).anyMatch(w -> w.equals("No customer qualifies now"));

        createCustomer(token, "Sinpermiso", false);
        assertThat(warningsOf(token, plant(campaign(business, CampaignKind.RECURRING, CampaignStatus.DRAFT, null,
                daily("10:00"), null)))).anyMatch(w -> w.contains("would be skipped"));

        String segment = createSegment(token, "Borrado", Map.of("fact", "VISIT_COUNT", "op", "GTE", "number", 0));
        Campaign orphan = plant(campaign(business, CampaignKind.RECURRING, CampaignStatus.DRAFT, null, daily("10:00"),
                segment));
        graphQl.execute(token, "mutation($id: ID!) { deleteSegment(id: $id) }", Map.of("id", segment)).ok();
        JsonNode orphaned = dryRun(token, orphan, 7).ok().data("campaignDryRun");
        assertThat(orphaned.path("qualifyingNow").asInt()).isZero();
        assertThat(warnings(orphaned)).anyMatch(w -> w.contains("no longer exists"));

        assertThat(warningsOf(token, plant(campaign(business, CampaignKind.RECURRING, CampaignStatus.PAUSED, null,
                daily("10:00"), null)))).anyMatch(w -> w.startsWith("Paused"));
        Campaign completed = plant(campaign(business, CampaignKind.RECURRING, CampaignStatus.COMPLETED, null,
                daily("10:00"), null));
        JsonNode ended = dryRun(token, completed, 7).ok().data("campaignDryRun");
        assertThat(ended.path("upcoming")).isEmpty();
        assertThat(warnings(ended)).anyMatch(w -> w.contains("has ended"));

        Instant past = Instant.now().minus(Duration.ofDays(1));
        assertThat(warningsOf(token, plant(campaign(business, CampaignKind.ONE_OFF, CampaignStatus.DRAFT, null,
                new CampaignSchedule(past, null, null, null, null), null))))
                .anyMatch(w -> w.contains("never fires"));
        Instant later = Instant.now().plus(Duration.ofDays(20));
        assertThat(warningsOf(token, plant(campaign(business, CampaignKind.ONE_OFF, CampaignStatus.DRAFT, null,
                new CampaignSchedule(later, null, null, null, null), null))))
                .anyMatch(w -> w.contains("does not fire in the next 7 days"));
    }

    @Test
    void badDaysUnknownCampaignsAndWhoMayAsk() {
        TenantFixture tenant = signUpBusiness("Dry Run Input");
        String token = tenant.adminToken();
        Campaign campaign = plant(campaign(tenant.businessId(), CampaignKind.RECURRING, CampaignStatus.DRAFT, null,
                daily("10:00"), null));
        for (int days : new int[] {0, 32}) {
            GraphQlResponse response = dryRun(token, campaign, days).failsWith("BAD_USER_INPUT");
            assertThat(response.firstError().path("extensions").path("field").asString()).isEqualTo("days");
        }
        graphQl.execute(token, DRY_RUN, Map.of("id", UUID.randomUUID().toString())).failsWith("NOT_FOUND");
        graphQl.execute(token, DRY_RUN, Map.of("id", "nope")).failsWith("NOT_FOUND");
        assertThat(graphQl.execute(token, DRY_RUN, Map.of("id", campaign.id().toString())).ok()
                .data("campaignDryRun.upcoming")).hasSize(7);
        String location = createLocation(token, "Sede", 4.6, -74.08);
        for (String role : List.of("ANALYST", "STAFF")) {
            String member = addMember(token, role, List.of(location)).accessToken();
            assertThat(dryRun(member, campaign, 31).ok().data("campaignDryRun.upcoming")).hasSize(31);
        }
    }

    private GraphQlResponse dryRun(String token, Campaign campaign, int days) {
        return graphQl.execute(token, DRY_RUN, Map.of("id", campaign.id().toString(), "d", days));
    }

    private List<String> warningsOf(String token, Campaign campaign) {
        return warnings(dryRun(token, campaign, 7).ok().data("campaignDryRun"));
    }

    private static List<String> warnings(JsonNode dryRun) {
        List<String> warnings = new ArrayList<>();
        dryRun.path("warnings").forEach(w -> warnings.add(w.asString()));
        return warnings;
    }

    private static List<String> held(JsonNode dryRun) {
        List<String> held = new ArrayList<>();
        dryRun.path("heldBack").forEach(h -> held.add(h.path("reason").asString() + "=" + h.path("count").asInt()));
        return held;
    }
}
