package com.radartracking.campaigns.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.campaigns.model.Campaign;
import com.radartracking.campaigns.model.CampaignKind;
import com.radartracking.campaigns.model.CampaignStatus;
import com.radartracking.support.GraphQlClient;
import com.radartracking.support.TenantFixture;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * A Staff user reads their locations' share of every figure of a funnel and of a dry run, an Admin the whole
 * business's. One
 * campaign with activity at locations A and B, six customers:
 * <ul>
 * <li>day 1: Ana (visited A before; sent, opened; visits A after), Pia (preferred A, no visit; sent,
 * received), Beto (visited B before; sent; visits B after), Dos (preferred A; sent; visits B after);</li>
 * <li>day 2: Nadie (no preferred location, no visit anywhere; skipped, no consent), Quieta (visited A before;
 * held back by quiet hours).</li>
 * </ul>
 * A's customers: Ana, Pia, Dos, Quieta; B's: Beto, Dos (visit there); Nadie is nobody's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignFunnelStaffIT extends CampaignReportsSupport {

    private static final String FUNNEL = """
            query($id: ID!) { campaign(id: $id) { funnel { targeted sent delivered opened visited
                skipped { reason count } byDay { day targeted sent delivered opened visited }
                byLocation { location { name } visited } } } }""";

    private static final String DRY_RUN = """
            query($id: ID!) { campaignDryRun(id: $id) { qualifyingNow reachable sample { firstName } } }""";

    private TenantFixture tenant;
    private Campaign campaign;
    private String locationA;
    private String locationB;

    @BeforeAll
    void activityAtTwoLocations() {
        graphQl = new GraphQlClient("http://127.0.0.1:" + port);
        tenant = signUpBusiness("Staff Funnel Café");
        String token = tenant.adminToken();
        UUID business = tenant.businessId();
        locationA = createLocation(token, "Sede A", 4.60, -74.08);
        locationB = createLocation(token, "Sede B", 4.70, -74.05);
        campaign = plant(campaign(business, CampaignKind.ONE_OFF, CampaignStatus.ACTIVE, null, null, null));

        String ana = reachableCustomer(token, business, "Ana", Map.of());
        String pia = reachableCustomer(token, business, "Pia", Map.of("preferredLocationId", locationA));
        String beto = reachableCustomer(token, business, "Beto", Map.of());
        String dos = reachableCustomer(token, business, "Dos", Map.of("preferredLocationId", locationA));
        String nadie = createCustomer(token, "Nadie", false);
        addDevice(business, nadie);
        String quieta = reachableCustomer(token, business, "Quieta", Map.of());

        Instant at1 = Instant.now().minus(Duration.ofDays(10)).truncatedTo(ChronoUnit.SECONDS);
        Instant at2 = at1.plus(Duration.ofDays(4));
        UUID send1 = deliver(campaign, List.of(ana, pia, beto, dos), "once");
        UUID send2 = deliver(campaign, List.of(nadie, quieta), "once");
        backdate(tenant.businessId(), send1, at1);
        backdate(tenant.businessId(), send2, at2);
        markSent(tenant.businessId(), send1, ana, at1, true, true);
        markSent(tenant.businessId(), send1, pia, at1, true, false);
        markSent(tenant.businessId(), send1, beto, at1, false, false);
        markSent(tenant.businessId(), send1, dos, at1, false, false);
        holdBackForQuietHours(business, send2, quieta);

        recordVisit(token, ana, locationA, at1.minus(Duration.ofDays(1)));
        recordVisit(token, ana, locationA, at1.plus(Duration.ofDays(1)));
        recordVisit(token, beto, locationB, at1.minus(Duration.ofDays(2)));
        recordVisit(token, beto, locationB, at1.plus(Duration.ofDays(2)));
        recordVisit(token, dos, locationB, at1.plus(Duration.ofDays(3)));
        recordVisit(token, quieta, locationA, at1.minus(Duration.ofDays(3)));
    }

    @Test
    void adminsAndAnalystsReadTheWholeBusiness() {
        for (String token : List.of(tenant.adminToken(), member("ANALYST", List.of(locationA)))) {
            JsonNode funnel = funnel(token);
            assertThat(steps(funnel)).containsExactly(6, 4, 2, 1, 3);
            assertThat(skips(funnel)).containsExactly("NO_CONSENT=1", "QUIET_HOURS=1");
            assertThat(days(funnel)).containsExactly(List.of(4, 4, 2, 1, 3), List.of(2, 0, 0, 0, 0));
            assertThat(locations(funnel)).containsExactly("Sede B=2", "Sede A=1");
        }
    }

    @Test
    void staffOfAReadAsShare() {
        JsonNode funnel = funnel(member("STAFF", List.of(locationA)));

        // Ana, Pia and Dos were sent (Beto is B's); visited: Ana at A (Dos went to B, not counted here).
        assertThat(steps(funnel)).containsExactly(4, 3, 2, 1, 1);
        assertThat(skips(funnel)).containsExactly("QUIET_HOURS=1");
        assertThat(days(funnel)).containsExactly(List.of(3, 3, 2, 1, 1), List.of(1, 0, 0, 0, 0));
        assertThat(locations(funnel)).containsExactly("Sede A=1");
        assertThat(funnel.path("visited").asInt()).isEqualTo(sumOfByLocation(funnel));
    }

    @Test
    void staffOfBReadBsShare() {
        JsonNode funnel = funnel(member("STAFF", List.of(locationB)));

        assertThat(steps(funnel)).containsExactly(2, 2, 0, 0, 2);
        assertThat(funnel.path("skipped")).isEmpty();
        assertThat(days(funnel)).containsExactly(List.of(2, 2, 0, 0, 2));
        assertThat(locations(funnel)).containsExactly("Sede B=2");
        assertThat(funnel.path("visited").asInt()).isEqualTo(sumOfByLocation(funnel));
    }

    /** Both locations: everyone but Nadie, who is no location's customer (Admins alone count her). */
    @Test
    void staffOfBothReadAllButTheCustomersOfNoLocation() {
        JsonNode funnel = funnel(member("STAFF", List.of(locationA, locationB)));

        assertThat(steps(funnel)).containsExactly(5, 4, 2, 1, 3);
        assertThat(skips(funnel)).containsExactly("QUIET_HOURS=1");
        assertThat(days(funnel)).containsExactly(List.of(4, 4, 2, 1, 3), List.of(1, 0, 0, 0, 0));
        assertThat(locations(funnel)).containsExactly("Sede B=2", "Sede A=1");
        assertThat(funnel.path("visited").asInt()).isEqualTo(sumOfByLocation(funnel));
    }

    /**
     * The API gives every Staff member a location, but the assignments are rows that can go (here removed
     * directly): with none left, a Staff user's share of everything is empty, not the whole business.
     */
    @Test
    void staffWithNoLocationReadZeros() {
        Member staff = addMember(tenant.adminToken(), "STAFF", List.of(locationA));
        assertThat(update(tenant.businessId(), "delete from user_locations where user_id = ?", staff.userId()))
                .isEqualTo(1);
        JsonNode funnel = funnel(staff.accessToken());

        assertThat(steps(funnel)).containsExactly(0, 0, 0, 0, 0);
        assertThat(funnel.path("skipped")).isEmpty();
        assertThat(funnel.path("byDay")).isEmpty();
        assertThat(funnel.path("byLocation")).isEmpty();
    }

    /** Another business's Staff (with a location of their own) cannot read this campaign at all. */
    @Test
    void anotherBusinessesStaffGetNotFound() {
        TenantFixture other = signUpBusiness("Other Staff Funnel");
        String theirs = createLocation(other.adminToken(), "Ajena", 4.65, -74.06);
        String staff = addMember(other.adminToken(), "STAFF", List.of(theirs)).accessToken();
        graphQl.execute(staff, FUNNEL, Map.of("id", campaign.id().toString())).failsWith("NOT_FOUND");
        graphQl.execute(other.adminToken(), FUNNEL, Map.of("id", campaign.id().toString())).failsWith("NOT_FOUND");
    }

    /** The dry run is shared out the same way: the customers of the Staff user's locations, counted and sampled. */
    @Test
    void theDryRunCountsAndSamplesOnlyTheStaffUsersCustomers() {
        // A daily campaign for everyone, not yet run (the planted one already went out once).
        Campaign everyDay = plant(campaign(tenant.businessId(), CampaignKind.RECURRING, CampaignStatus.DRAFT, null,
                daily("10:00"), null));
        // Six qualify; the sample is of those push would reach (Nadie has no consent).
        assertThat(dryRun(tenant.adminToken(), everyDay)).isEqualTo("6: Ana Beto Dos Pia Quieta");
        // A: Pia and Dos prefer it, Ana and Quieta visited it. B: Beto and Dos visited it. Nadie is no one's.
        assertThat(dryRun(member("STAFF", List.of(locationA)), everyDay)).isEqualTo("4: Ana Dos Pia Quieta");
        assertThat(dryRun(member("STAFF", List.of(locationB)), everyDay)).isEqualTo("2: Beto Dos");
        assertThat(dryRun(member("STAFF", List.of(locationA, locationB)), everyDay))
                .isEqualTo("5: Ana Beto Dos Pia Quieta");
        Member unassigned = addMember(tenant.adminToken(), "STAFF", List.of(locationA));
        update(tenant.businessId(), "delete from user_locations where user_id = ?", unassigned.userId());
        assertThat(dryRun(unassigned.accessToken(), everyDay)).isEqualTo("0: ");
    }

    /** "qualifying: sampled first names, sorted" (the sample holds at most 10, here every reachable one). */
    private String dryRun(String token, Campaign of) {
        JsonNode run = graphQl.execute(token, DRY_RUN, Map.of("id", of.id().toString())).ok().data("campaignDryRun");
        List<String> names = new ArrayList<>();
        run.path("sample").forEach(customer -> names.add(customer.path("firstName").asString()));
        Collections.sort(names);
        return run.path("qualifyingNow").asInt() + ": " + String.join(" ", names);
    }

    private String member(String role, List<String> locations) {
        return addMember(tenant.adminToken(), role, locations).accessToken();
    }

    private JsonNode funnel(String token) {
        return graphQl.execute(token, FUNNEL, Map.of("id", campaign.id().toString())).ok().data("campaign.funnel");
    }

    private static List<List<Integer>> days(JsonNode funnel) {
        List<List<Integer>> days = new ArrayList<>();
        funnel.path("byDay").forEach(day -> days.add(steps(day)));
        return days;
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

    private static int sumOfByLocation(JsonNode funnel) {
        int sum = 0;
        for (JsonNode row : funnel.path("byLocation")) {
            sum += row.path("visited").asInt();
        }
        return sum;
    }
}
