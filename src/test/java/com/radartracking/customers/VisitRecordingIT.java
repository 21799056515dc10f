package com.radartracking.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.support.TenantFixture;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Recording visits: counters, Staff locations, amounts, card codes, and the visits list. */
class VisitRecordingIT extends CustomerApiTest {

    @Autowired
    private ConfigurableApplicationContext context;

    @Autowired
    private TransactionTemplate transactions;

    @Test
    void staffRecordsVisitsAndTheCustomerCountersFollow() {
        TenantFixture tenant = signUpBusiness("Visit Café");
        String centro = createLocation(tenant.adminToken(), "Centro", 4.6, -74.08);
        Member staff = addMember(tenant.adminToken(), "STAFF", List.of(centro));
        String customer = createCustomer(staff.accessToken(), "Ana");
        Instant lastWeek = Instant.now().minus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

        JsonNode first = recordVisitResponse(staff.accessToken(), Map.of("customerId", customer, "locationId", centro,
                "amount", "12500.50", "source", "QR_SCAN")).ok().data("recordVisit");
        assertThat(first.path("amount").asString()).isEqualTo("12500.5");
        assertThat(first.path("currency").asString()).isEqualTo("USD");
        assertThat(first.path("source").asString()).isEqualTo("QR_SCAN");
        assertThat(first.path("recordedByUserId").asString()).isEqualTo(staff.userId().toString());
        assertThat(first.path("location").path("name").asString()).isEqualTo("Centro");
        assertThat(first.path("customer").path("visitCount").asInt()).isEqualTo(1);

        JsonNode backdated = recordVisitResponse(staff.accessToken(), Map.of("customerId", customer,
                "locationId", centro, "amount", 0, "occurredAt", lastWeek.toString())).ok().data("recordVisit");
        assertThat(backdated.path("source").asString()).isEqualTo("MANUAL");
        recordVisit(staff.accessToken(), customer, centro, null);

        JsonNode counters = customer(tenant.adminToken(), customer).ok().data("customer");
        assertThat(counters.path("visitCount").asInt()).isEqualTo(3);
        assertThat(counters.path("totalSpent").asString()).isEqualTo("12500.5");
        assertThat(Instant.parse(counters.path("firstVisitAt").asString())).isEqualTo(lastWeek);
        assertThat(Instant.parse(counters.path("lastVisitAt").asString())).isAfter(lastWeek.plus(6, ChronoUnit.DAYS));
    }

    @Test
    void refusesBadVisits() {
        TenantFixture tenant = signUpBusiness("Strict Visits");
        String centro = createLocation(tenant.adminToken(), "Centro", 4.6, -74.08);
        String norte = createLocation(tenant.adminToken(), "Norte", 4.7, -74.05);
        Member staff = addMember(tenant.adminToken(), "STAFF", List.of(centro));
        String customer = createCustomer(tenant.adminToken(), "Ana");

        assertField(recordVisitResponse(staff.accessToken(), Map.of("customerId", customer, "locationId", centro,
                "amount", "-1")).failsWith("BAD_USER_INPUT").firstError(), "amount");
        assertField(recordVisitResponse(staff.accessToken(), Map.of("customerId", customer, "locationId", centro,
                "amount", "10.123")).failsWith("BAD_USER_INPUT").firstError(), "amount");
        assertField(recordVisitResponse(staff.accessToken(), Map.of("customerId", customer, "locationId", centro,
                "amount", "99999999999999999")).failsWith("BAD_USER_INPUT").firstError(), "amount");
        recordVisitResponse(staff.accessToken(), Map.of("customerId", customer, "locationId", centro,
                "amount", "12abc")).failsWith("BAD_USER_INPUT");
        assertField(recordVisitResponse(staff.accessToken(), Map.of("customerId", customer, "locationId", centro,
                "occurredAt", Instant.now().plus(1, ChronoUnit.HOURS).toString())).failsWith("BAD_USER_INPUT")
                .firstError(), "occurredAt");
        assertField(recordVisitResponse(staff.accessToken(), Map.of("locationId", centro)).failsWith("BAD_USER_INPUT")
                .firstError(), "customerId");
        assertField(recordVisitResponse(staff.accessToken(), Map.of("customerId", customer, "cardCode", "ABC",
                "locationId", centro)).failsWith("BAD_USER_INPUT").firstError(), "customerId");
        recordVisitResponse(staff.accessToken(), Map.of("customerId", UUID.randomUUID().toString(),
                "locationId", centro)).failsWith("NOT_FOUND");
        // Staff at a location of their business they are not assigned to: FORBIDDEN; an unknown one: NOT_FOUND.
        recordVisitResponse(staff.accessToken(), Map.of("customerId", customer, "locationId", norte))
                .failsWith("FORBIDDEN");
        recordVisitResponse(staff.accessToken(), Map.of("customerId", customer,
                "locationId", UUID.randomUUID().toString())).failsWith("NOT_FOUND");
        graphQl.execute(tenant.adminToken(), "mutation($id: ID!) { deactivateLocation(id: $id) { id } }",
                Map.of("id", norte)).ok();
        assertField(recordVisitResponse(tenant.adminToken(), Map.of("customerId", customer, "locationId", norte))
                .failsWith("BAD_USER_INPUT").firstError(), "locationId");

        assertThat(customer(tenant.adminToken(), customer).ok().data("customer").path("visitCount").asInt()).isZero();
    }

    private static void assertField(JsonNode error, String field) {
        assertThat(error.path("extensions").path("field").asString()).as("%s", error).isEqualTo(field);
    }

    @Test
    void cardCodesNeedALoyaltyProgramAndResolveThroughIt() {
        assumeThat(context.getBeanNamesForType(CardCodeResolver.class))
                .as("the loyalty module provides the real resolver and tests card codes itself").isEmpty();
        TenantFixture tenant = signUpBusiness("Card Café");
        String centro = createLocation(tenant.adminToken(), "Centro", 4.6, -74.08);
        String customer = createCustomer(tenant.adminToken(), "Ana");

        JsonNode error = recordVisitResponse(tenant.adminToken(), Map.of("cardCode", "RT-1234", "locationId", centro))
                .failsWith("BAD_USER_INPUT").firstError();
        assertThat(error.path("extensions").path("reason").asString()).isEqualTo("NO_LOYALTY_PROGRAM");

        // A stand-in resolver, registered in the shared context for this test only.
        CardCodeResolver resolver = code -> code.equals("RT-1234") ? Optional.of(UUID.fromString(customer))
                : code.equals("RT-OTHER") ? Optional.of(UUID.randomUUID()) : Optional.empty();
        DefaultListableBeanFactory beans = (DefaultListableBeanFactory) context.getBeanFactory();
        beans.registerSingleton("testCardCodeResolver", resolver);
        try {
            JsonNode visit = recordVisitResponse(tenant.adminToken(), Map.of("cardCode", " RT-1234 ",
                    "locationId", centro, "source", "QR_SCAN")).ok().data("recordVisit");
            assertThat(visit.path("customer").path("id").asString()).isEqualTo(customer);
            JsonNode unknown = recordVisitResponse(tenant.adminToken(), Map.of("cardCode", "NOPE",
                    "locationId", centro)).failsWith("NOT_FOUND").firstError();
            assertThat(unknown.path("message").asString()).contains("NOPE");
            // A resolver answer that is not a customer of this business (RLS hides it) is NOT_FOUND too.
            recordVisitResponse(tenant.adminToken(), Map.of("cardCode", "RT-OTHER", "locationId", centro))
                    .failsWith("NOT_FOUND");
        } finally {
            beans.destroySingleton("testCardCodeResolver");
        }
    }

    @Test
    void simultaneousVisitsOfOneCustomerAreAllCounted() throws Exception {
        TenantFixture tenant = signUpBusiness("Busy Café");
        String centro = createLocation(tenant.adminToken(), "Centro", 4.6, -74.08);
        Member staff = addMember(tenant.adminToken(), "STAFF", List.of(centro));
        String customer = createCustomer(tenant.adminToken(), "Ana");
        int visits = 24;
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < visits; i++) {
            String token = i % 2 == 0 ? staff.accessToken() : tenant.adminToken();
            calls.add(() -> recordVisit(token, customer, centro, "1000.25"));
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<String> done : pool.invokeAll(calls)) {
                assertThat(done.get()).isNotBlank();
            }
        }
        JsonNode counters = customer(tenant.adminToken(), customer).ok().data("customer");
        assertThat(counters.path("visitCount").asInt()).isEqualTo(visits);
        assertThat(new BigDecimal(counters.path("totalSpent").asString())).isEqualByComparingTo("24006");
        Integer rows = TenantContext.callAs(tenant.businessId(), () -> transactions.execute(status ->
                jdbc.queryForObject("select count(*) from visits where customer_id = ?::uuid", Integer.class, customer)));
        assertThat(rows).isEqualTo(visits);
    }

    @Test
    void visitsListFiltersAndStaffSeeTheirLocationsOnly() {
        TenantFixture tenant = signUpBusiness("List Visits");
        String centro = createLocation(tenant.adminToken(), "Centro", 4.6, -74.08);
        String norte = createLocation(tenant.adminToken(), "Norte", 4.7, -74.05);
        Member staff = addMember(tenant.adminToken(), "STAFF", List.of(centro));
        Member analyst = addMember(tenant.adminToken(), "ANALYST", List.of());
        String ana = createCustomer(tenant.adminToken(), "Ana");
        String bea = createCustomer(tenant.adminToken(), "Bea");
        String v1 = recordVisit(tenant.adminToken(), ana, centro, "10");
        String v2 = recordVisit(tenant.adminToken(), ana, norte, null);
        String v3 = recordVisit(tenant.adminToken(), bea, centro, "5");

        String query = """
                query($f: VisitFilter, $after: String) { visits(first: 2, after: $after, filter: $f) {
                  totalCount edges { node { id customer { firstName } location { name } } }
                  pageInfo { hasNextPage endCursor } } }""";
        JsonNode page = graphQl.execute(tenant.adminToken(), query, Map.of()).ok().data("visits");
        assertThat(page.path("totalCount").asInt()).isEqualTo(3);
        assertThat(ids(page)).containsExactly(v3, v2);
        assertThat(page.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
        JsonNode next = graphQl.execute(tenant.adminToken(), query,
                Map.of("after", page.path("pageInfo").path("endCursor").asString())).ok().data("visits");
        assertThat(ids(next)).containsExactly(v1);
        assertThat(next.path("pageInfo").path("hasNextPage").asBoolean()).isFalse();

        assertThat(ids(graphQl.execute(tenant.adminToken(), query, Map.of("f", Map.of("customerId", ana))).ok()
                .data("visits"))).containsExactly(v2, v1);
        assertThat(ids(graphQl.execute(analyst.accessToken(), query, Map.of("f", Map.of("locationId", norte))).ok()
                .data("visits"))).containsExactly(v2);
        JsonNode staffView = graphQl.execute(staff.accessToken(), query, Map.of()).ok().data("visits");
        assertThat(staffView.path("totalCount").asInt()).isEqualTo(2);
        assertThat(ids(staffView)).containsExactly(v3, v1);
        graphQl.execute(staff.accessToken(), query, Map.of("f", Map.of("locationId", norte))).failsWith("FORBIDDEN");
        graphQl.execute(tenant.adminToken(), query, Map.of("f", Map.of("customerId", UUID.randomUUID().toString())))
                .failsWith("NOT_FOUND");
    }

    private static List<String> ids(JsonNode connection) {
        return connection.path("edges").valueStream().map(edge -> edge.path("node").path("id").asString()).toList();
    }
}
