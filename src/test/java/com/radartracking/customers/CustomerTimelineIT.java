package com.radartracking.customers;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.support.TenantFixture;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A customer's timeline: every kind merged newest first, and pages that neither skip nor repeat. */
class CustomerTimelineIT extends CustomerApiTest {

    private static final String TIMELINE = """
            query($id: ID!, $first: Int, $after: String) { customerTimeline(customerId: $id, first: $first, after: $after) {
              edges { cursor node { id occurredAt kind title details { key value } } }
              pageInfo { hasNextPage hasPreviousPage endCursor } } }""";

    @Test
    void mergesVisitsNotesAndConsentsNewestFirstAndPagesThroughThem() {
        TenantFixture tenant = signUpBusiness("Timeline Café");
        String centro = createLocation(tenant.adminToken(), "Centro", 4.6, -74.08);
        String customer = createCustomer(tenant.adminToken(), "Ana");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        visitAt(tenant, customer, centro, now.minus(3, ChronoUnit.DAYS), "20");
        Instant tie = now.minus(2, ChronoUnit.DAYS);
        visitAt(tenant, customer, centro, tie, null);
        visitAt(tenant, customer, centro, tie, null);
        visitAt(tenant, customer, centro, now.minus(1, ChronoUnit.DAYS), "5.5");
        graphQl.execute(tenant.adminToken(), "mutation($id: ID!) { addCustomerNote(customerId: $id, body: \"Birthday next week\") { id } }",
                Map.of("id", customer)).ok();
        graphQl.execute(tenant.adminToken(), "mutation($id: ID!) { setCustomerConsents(customerId: $id,"
                + " input: {marketing: true, source: IN_STORE}) { id } }", Map.of("id", customer)).ok();

        List<JsonNode> all = entries(page(tenant, customer, 20, null));
        assertThat(all).hasSize(6);
        assertThat(all.stream().map(entry -> entry.path("kind").asString()).toList())
                .containsExactly("CONSENT", "NOTE", "VISIT", "VISIT", "VISIT", "VISIT");
        for (int i = 1; i < all.size(); i++) {
            Instant newer = Instant.parse(all.get(i - 1).path("occurredAt").asString());
            Instant older = Instant.parse(all.get(i).path("occurredAt").asString());
            assertThat(older).isBeforeOrEqualTo(newer);
            if (older.equals(newer)) { // ties are ordered by id, descending
                assertThat(all.get(i).path("id").asString()).isLessThan(all.get(i - 1).path("id").asString());
            }
        }
        JsonNode lastVisit = all.get(2);
        assertThat(lastVisit.path("title").asString()).isEqualTo("Visit at Centro");
        assertThat(lastVisit.path("details").toString()).contains("{\"key\":\"amount\",\"value\":\"5.5\"}")
                .contains("{\"key\":\"source\",\"value\":\"MANUAL\"}");
        assertThat(all.get(0).path("details").toString()).contains("{\"key\":\"source\",\"value\":\"IN_STORE\"}")
                .contains("{\"key\":\"previouslyGranted\",\"value\":null}");

        for (int size : List.of(1, 2, 4)) {
            List<String> paged = new ArrayList<>();
            String after = null;
            boolean more = true;
            while (more) {
                JsonNode page = page(tenant, customer, size, after);
                entries(page).forEach(entry -> paged.add(entry.path("id").asString()));
                more = page.path("pageInfo").path("hasNextPage").asBoolean();
                after = page.path("pageInfo").path("endCursor").asString();
                assertThat(page.path("pageInfo").path("hasPreviousPage").asBoolean()).isEqualTo(paged.size() > size);
            }
            assertThat(paged).as("pages of %d", size)
                    .containsExactlyElementsOf(all.stream().map(entry -> entry.path("id").asString()).toList());
        }
    }

    @Test
    void newEntriesDoNotShiftLaterPages() {
        TenantFixture tenant = signUpBusiness("Stable Timeline");
        String customer = createCustomer(tenant.adminToken(), "Ana");
        for (int i = 1; i <= 4; i++) {
            note(tenant, customer, "note " + i);
        }
        JsonNode first = page(tenant, customer, 2, null);
        assertThat(titles(first)).containsExactly("note 4", "note 3");
        note(tenant, customer, "note 5");
        JsonNode second = page(tenant, customer, 2, first.path("pageInfo").path("endCursor").asString());
        assertThat(titles(second)).containsExactly("note 2", "note 1");
        assertThat(second.path("pageInfo").path("hasNextPage").asBoolean()).isFalse();
    }

    @Test
    void unknownCustomersAndBadCursorsAreRefused() {
        TenantFixture tenant = signUpBusiness("Refusing Timeline");
        String customer = createCustomer(tenant.adminToken(), "Ana");
        graphQl.execute(tenant.adminToken(), TIMELINE, Map.of("id", UUID.randomUUID().toString())).failsWith("NOT_FOUND");
        graphQl.execute(tenant.adminToken(), TIMELINE, Map.of("id", customer, "after", "bm9wZQ"))
                .failsWith("BAD_USER_INPUT");
        graphQl.execute(tenant.adminToken(), TIMELINE, Map.of("id", customer, "first", 101)).failsWith("BAD_USER_INPUT");
    }

    private void visitAt(TenantFixture tenant, String customer, String location, Instant at, String amount) {
        Map<String, Object> input = new HashMap<>(Map.of("customerId", customer, "locationId", location,
                "occurredAt", at.toString()));
        if (amount != null) {
            input.put("amount", amount);
        }
        recordVisitResponse(tenant.adminToken(), input).ok();
    }

    private void note(TenantFixture tenant, String customer, String body) {
        graphQl.execute(tenant.adminToken(), "mutation($id: ID!, $b: String!) { addCustomerNote(customerId: $id, body: $b) { id } }",
                Map.of("id", customer, "b", body)).ok();
    }

    private JsonNode page(TenantFixture tenant, String customer, int first, String after) {
        Map<String, Object> variables = new HashMap<>(Map.of("id", customer, "first", first));
        variables.put("after", after);
        return graphQl.execute(tenant.adminToken(), TIMELINE, variables).ok().data("customerTimeline");
    }

    private static List<JsonNode> entries(JsonNode connection) {
        return connection.path("edges").valueStream().map(edge -> edge.path("node")).toList();
    }

    private static List<String> titles(JsonNode connection) {
        return entries(connection).stream().map(entry -> entry.path("title").asString()).toList();
    }
}
