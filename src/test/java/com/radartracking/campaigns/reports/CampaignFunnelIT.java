package com.radartracking.campaigns.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.campaigns.model.Campaign;
import com.radartracking.campaigns.model.CampaignKind;
import com.radartracking.campaigns.model.CampaignStatus;
import com.radartracking.customers.SqlStatementLog;
import com.radartracking.support.GraphQlClient;
import com.radartracking.support.GraphQlResponse;
import com.radartracking.support.TenantFixture;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * Campaign.funnel on deliveries made through the engine's path, in a business of America/Bogota (UTC-5):
 * deliveries at 22:00 local fall on the local day, not on the UTC one. Six customers: three messaged on
 * day 1 (sent and opened, sent and received, sent only), three on day 2 (held back by quiet hours, no
 * consent, no device); visits before, within and after the window.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignFunnelIT extends CampaignReportsSupport {

    private static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
    private static final String FUNNEL = """
            query($id: ID!, $from: DateTime, $to: DateTime, $w: Int) { campaign(id: $id) {
              funnel(from: $from, to: $to, visitWindowDays: $w) { targeted sent delivered opened visited
                skipped { reason count } byDay { day targeted sent delivered opened visited }
                byLocation { location { id name } visited } } } }""";

    private TenantFixture tenant;
    private Campaign campaign;
    private String centro;
    private String norte;
    private LocalDate day1;
    private LocalDate day2;

    @BeforeAll
    void deliveries() {
        graphQl = new GraphQlClient("http://127.0.0.1:" + port);
        tenant = signUpBusiness("Funnel Café");
        String token = tenant.adminToken();
        UUID business = tenant.businessId();
        centro = createLocation(token, "Centro", 4.60, -74.08);
        norte = createLocation(token, "Norte", 4.70, -74.05);
        campaign = plant(campaign(business, CampaignKind.ONE_OFF, CampaignStatus.ACTIVE, null, null, null));

        String opened = reachableCustomer(token, business, "Abierta", Map.of());
        String received = reachableCustomer(token, business, "Recibida", Map.of());
        String sentOnly = reachableCustomer(token, business, "Enviada", Map.of());
        String held = reachableCustomer(token, business, "Retenida", Map.of());
        String noConsent = createCustomer(token, "Sinpermiso", false);
        addDevice(business, noConsent);
        String noDevice = createCustomer(token, "Sinequipo", true);

        LocalDate today = LocalDate.now(BOGOTA);
        day1 = today.minusDays(12);
        day2 = today.minusDays(5);
        Instant at1 = day1.atTime(LocalTime.of(22, 0)).atZone(BOGOTA).toInstant();
        Instant at2 = day2.atTime(LocalTime.of(22, 0)).atZone(BOGOTA).toInstant();
        UUID send1 = deliver(campaign, List.of(opened, received, sentOnly), "once");
        UUID send2 = deliver(campaign, List.of(held, noConsent, noDevice), "once");
        backdate(tenant.businessId(), send1, at1);
        backdate(tenant.businessId(), send2, at2);

        markSent(tenant.businessId(), send1, opened, at1, true, true);
        markSent(tenant.businessId(), send1, received, at1, true, false);
        markSent(tenant.businessId(), send1, sentOnly, at1, false, false);
        holdBackForQuietHours(business, send2, held);

        recordVisit(token, opened, centro, at1.minus(Duration.ofDays(1)));
        recordVisit(token, opened, centro, at1.plus(Duration.ofDays(2)));
        recordVisit(token, received, centro, at1.plus(Duration.ofDays(10)));
        recordVisit(token, sentOnly, norte, at1.plus(Duration.ofHours(20)));
        recordVisit(token, held, centro, at2.plus(Duration.ofDays(1)));
    }

    @Test
    void eachStepCountsCustomersByLocalDayAndLocation() {
        JsonNode funnel = funnel(Map.of("id", campaign.id().toString())).data("campaign.funnel");

        assertThat(steps(funnel)).containsExactly(6, 3, 2, 1, 2);
        assertThat(skips(funnel)).containsExactly("NO_CONSENT=1", "NO_DEVICE=1", "QUIET_HOURS=1");
        assertThat(funnel.path("byDay")).hasSize(2);
        assertThat(funnel.path("byDay").get(0).path("day").asString()).isEqualTo(day1.toString());
        assertThat(steps(funnel.path("byDay").get(0))).containsExactly(3, 3, 2, 1, 2);
        assertThat(funnel.path("byDay").get(1).path("day").asString()).isEqualTo(day2.toString());
        assertThat(steps(funnel.path("byDay").get(1))).containsExactly(3, 0, 0, 0, 0);
        assertThat(locations(funnel)).containsExactlyInAnyOrder("Centro=1", "Norte=1");
    }

    @Test
    void aWiderWindowCountsLaterVisits() {
        JsonNode funnel = funnel(Map.of("id", campaign.id().toString(), "w", 14)).data("campaign.funnel");

        assertThat(funnel.path("visited").asInt()).isEqualTo(3);
        assertThat(locations(funnel)).containsExactly("Centro=2", "Norte=1");
    }

    @Test
    void aPeriodCountsOnlyItsDeliveriesAndSends() {
        Instant day2Start = day2.atStartOfDay(BOGOTA).toInstant();
        JsonNode later = funnel(Map.of("id", campaign.id().toString(), "from", day2Start.toString()))
                .data("campaign.funnel");
        assertThat(steps(later)).containsExactly(3, 0, 0, 0, 0);
        assertThat(skips(later)).containsExactly("NO_CONSENT=1", "NO_DEVICE=1", "QUIET_HOURS=1");

        JsonNode earlier = funnel(Map.of("id", campaign.id().toString(), "to", day2Start.toString()))
                .data("campaign.funnel");
        assertThat(steps(earlier)).containsExactly(3, 3, 2, 1, 2);
        assertThat(earlier.path("skipped")).isEmpty();
        assertThat(earlier.path("byDay")).hasSize(1);
    }

    @Test
    void aCampaignWithoutDeliveriesHasAnEmptyFunnel() {
        Campaign quiet = plant(campaign(tenant.businessId(), CampaignKind.ONE_OFF, CampaignStatus.DRAFT, null, null, null));
        JsonNode funnel = funnel(Map.of("id", quiet.id().toString())).data("campaign.funnel");
        assertThat(steps(funnel)).containsExactly(0, 0, 0, 0, 0);
        assertThat(funnel.path("byDay")).isEmpty();
        assertThat(funnel.path("byLocation")).isEmpty();
    }

    @Test
    void badArgumentsAreRefusedWithTheField() {
        for (int window : new int[] {0, 91}) {
            GraphQlResponse response = funnel(Map.of("id", campaign.id().toString(), "w", window));
            response.failsWith("BAD_USER_INPUT");
            assertThat(response.firstError().path("extensions").path("field").asString()).isEqualTo("visitWindowDays");
        }
        Instant now = Instant.now();
        GraphQlResponse backwards = funnel(Map.of("id", campaign.id().toString(), "from", now.toString(),
                "to", now.minus(Duration.ofDays(1)).toString()));
        backwards.failsWith("BAD_USER_INPUT");
        assertThat(backwards.firstError().path("extensions").path("field").asString()).isEqualTo("to");
    }

    /** Analysts read the whole business; Staff read it too, their locations' share (CampaignFunnelStaffIT). */
    @Test
    void analystsAndStaffReadIt() {
        for (String role : List.of("ANALYST", "STAFF")) {
            String token = addMember(tenant.adminToken(), role, List.of(centro)).accessToken();
            JsonNode funnel = graphQl.execute(token, FUNNEL, Map.of("id", campaign.id().toString())).ok()
                    .data("campaign.funnel");
            assertThat(funnel.path("targeted").asInt()).isEqualTo(role.equals("ANALYST") ? 6 : 3);
        }
    }

    /** Staff see their assigned locations' rows only, Admins and Analysts all. */
    @Test
    void staffSeeVisitsByLocationAtTheirLocationsOnly() {
        Map<String, Object> args = Map.of("id", campaign.id().toString(), "w", 14);
        String centroStaff = addMember(tenant.adminToken(), "STAFF", List.of(centro)).accessToken();
        String norteStaff = addMember(tenant.adminToken(), "STAFF", List.of(norte)).accessToken();
        String analyst = addMember(tenant.adminToken(), "ANALYST", List.of(centro)).accessToken();

        JsonNode atCentro = graphQl.execute(centroStaff, FUNNEL, args).ok().data("campaign.funnel");
        assertThat(locations(atCentro)).containsExactly("Centro=2");
        // Centro's share: its customers (Abierta, Recibida, Retenida visited there), visits there only.
        assertThat(steps(atCentro)).containsExactly(3, 2, 2, 1, 2);
        assertThat(locations(graphQl.execute(norteStaff, FUNNEL, args).ok().data("campaign.funnel")))
                .containsExactly("Norte=1");
        assertThat(locations(graphQl.execute(analyst, FUNNEL, args).ok().data("campaign.funnel")))
                .containsExactly("Centro=2", "Norte=1");
        assertThat(locations(funnel(args).data("campaign.funnel"))).containsExactly("Centro=2", "Norte=1");

        // A page of campaigns: every funnel of it is limited the same way.
        JsonNode page = graphQl.execute(centroStaff, """
                { campaigns(first: 50) { edges { node { id funnel(visitWindowDays: 14) {
                  byLocation { location { name } visited } } } } } }""", Map.of()).ok().data("campaigns.edges");
        List<String> seen = new ArrayList<>();
        page.forEach(edge -> seen.addAll(locations(edge.path("node").path("funnel"))));
        assertThat(seen).containsExactly("Centro=2");
    }

    /** Funnels go through a data loader: a page of 1 or 4 campaigns costs the same statements, Staff's too. */
    @Test
    void aPageOfFunnelsCostsTheSameStatementsWhateverItsSize() {
        TenantFixture counted = signUpBusiness("Counted Funnels");
        String location = createLocation(counted.adminToken(), "Sede", 4.6, -74.08);
        String customer = reachableCustomer(counted.adminToken(), counted.businessId(), "Contada", Map.of());
        Instant yesterday = Instant.now().minus(Duration.ofDays(1));
        for (int i = 0; i < 4; i++) {
            Campaign one = plant(campaign(counted.businessId(), CampaignKind.ONE_OFF, CampaignStatus.ACTIVE, null,
                    null, null));
            UUID send = deliver(one, List.of(customer), "once");
            update(counted.businessId(), "update campaign_deliveries set created_at = ? where send_id = ?",
                    Timestamp.from(yesterday), send);
            update(counted.businessId(), """
                    update notifications set status = 'SENT', sent_at = ?, opened_at = ? where send_id = ?""",
                    Timestamp.from(yesterday), Timestamp.from(yesterday), send);
        }
        recordVisit(counted.adminToken(), customer, location, Instant.now().minus(Duration.ofHours(1)));
        String page = """
                query($n: Int) { campaigns(first: $n) { edges { node { id name funnel { targeted sent opened visited
                  skipped { reason count } byDay { day visited } byLocation { location { name } visited } } } } } }""";
        String staff = addMember(counted.adminToken(), "STAFF", List.of(location)).accessToken();
        for (String token : List.of(counted.adminToken(), staff)) {
            assertSameStatementsForPagesOf1And4(counted, token, page);
        }
    }

    private void assertSameStatementsForPagesOf1And4(TenantFixture counted, String token, String page) {
        List<Integer> counts = new ArrayList<>();
        for (int n : new int[] {1, 4}) {
            SqlStatementLog.watch(counted.businessId());
            try {
                JsonNode edges = graphQl.execute(token, page, Map.of("n", n)).ok()
                        .data("campaigns.edges");
                assertThat(edges).hasSize(n);
                edges.forEach(edge -> {
                    assertThat(edge.path("node").path("funnel").path("visited").asInt()).isEqualTo(1);
                    assertThat(edge.path("node").path("funnel").path("byLocation").get(0).path("location")
                            .path("name").asString()).isEqualTo("Sede");
                });
            } finally {
                counts.add(SqlStatementLog.stop(counted.businessId()).size());
            }
        }
        assertThat(counts).as("statements for 1 and 4 campaigns").containsOnly(counts.getFirst());
    }

    private GraphQlResponse funnel(Map<String, Object> variables) {
        return graphQl.execute(tenant.adminToken(), FUNNEL, variables);
    }

    private static List<String> skips(JsonNode funnel) {
        List<String> skips = new ArrayList<>();
        funnel.path("skipped").forEach(s -> skips.add(s.path("reason").asString() + "=" + s.path("count").asInt()));
        return skips;
    }

    private static List<String> locations(JsonNode funnel) {
        List<String> rows = new ArrayList<>();
        funnel.path("byLocation").forEach(l -> rows.add(l.path("location").path("name").asString() + "="
                + l.path("visited").asInt()));
        return rows;
    }
}
