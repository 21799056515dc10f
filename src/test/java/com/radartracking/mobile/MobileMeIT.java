package com.radartracking.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.support.MobileClient;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The signed-in customer's profile and visits (cards: MobileCardsIT). */
class MobileMeIT extends MobileTestSupport {

    @Test
    void profileShowsTheCountersTheBusinessRecorded() {
        String email = uniqueEmail("perfil");
        MobileClient.Enrolled customer = mobile.enrolNew(appKey, "Perfil", email);
        String location = createLocation(business.adminToken(), "Centro", 4.6, -74.1);
        recordVisit(customer.customerId(), location, "12000", null);
        recordVisit(customer.customerId(), location, "8000", null);

        MobileClient.Response me = mobile.get("/me", appKey, customer.token());
        assertThat(me.status()).as(me.raw()).isEqualTo(200);
        assertThat(me.text("firstName")).isEqualTo("Perfil");
        assertThat(me.text("email")).isEqualTo(email);
        assertThat(me.body().path("visitCount").asInt()).isEqualTo(2);
        assertThat(me.body().path("totalSpent").decimalValue()).isEqualByComparingTo("20000");
        assertThat(me.text("memberSince")).isNotBlank();
        assertThat(me.text("lastVisitAt")).isNotBlank();
        assertThat(me.body().path("consents").has("push")).isTrue();
    }

    @Test
    void theCustomerEditsNameAndBirthdayButNotContactData() {
        MobileClient.Enrolled customer = mobile.enrolNew(appKey, "Viejo", uniqueEmail("edit"));
        MobileClient.Response changed = mobile.send("PATCH", "/me", appKey, customer.token(), "application/json",
                "{\"firstName\":\" Nuevo \",\"lastName\":\"Apellido\",\"birthday\":\"1985-06-07\"}");
        assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
        assertThat(changed.text("firstName")).isEqualTo("Nuevo");
        assertThat(changed.text("lastName")).isEqualTo("Apellido");
        assertThat(changed.text("birthday")).isEqualTo("1985-06-07");

        MobileClient.Response cleared = mobile.send("PATCH", "/me", appKey, customer.token(), "application/json",
                "{\"birthday\":null}");
        assertThat(cleared.status()).as(cleared.raw()).isEqualTo(200);
        assertThat(cleared.body().path("birthday").isNull()).isTrue();
        assertThat(cleared.text("firstName")).isEqualTo("Nuevo");

        var panel = graphQl.execute(business.adminToken(), "query($id: ID!) { customer(id: $id) { firstName birthday } }",
                Map.of("id", customer.customerId())).ok();
        assertThat(panel.text("customer.firstName")).isEqualTo("Nuevo");
        var log = graphQl.execute(business.adminToken(), """
                query($id: String!) { activityLog(entityType: "Customer", entityId: $id) { edges { node { action actorType } } } }""",
                Map.of("id", customer.customerId())).ok();
        assertThat(log.data("activityLog.edges").toString()).contains("customer.updated");

        MobileClient.Response email = mobile.send("PATCH", "/me", appKey, customer.token(), "application/json",
                "{\"email\":\"other@example.test\"}");
        assertProblem(email, 400, "BAD_USER_INPUT");
        assertThat(email.text("field")).isEqualTo("email");
        MobileClient.Response blank = mobile.send("PATCH", "/me", appKey, customer.token(), "application/json",
                "{\"firstName\":\"  \"}");
        assertProblem(blank, 400, "BAD_USER_INPUT");
        assertThat(blank.text("field")).isEqualTo("firstName");
        MobileClient.Response badDate = mobile.send("PATCH", "/me", appKey, customer.token(), "application/json",
                "{\"birthday\":\"7 June\"}");
        assertProblem(badDate, 400, "BAD_USER_INPUT");
        assertThat(badDate.text("field")).isEqualTo("birthday");
        assertProblem(mobile.send("PATCH", "/me", appKey, customer.token(), "application/json", "{}"), 400,
                "BAD_USER_INPUT");
        assertProblem(mobile.send("PATCH", "/me", appKey, customer.token(), "application/json",
                "{\"firstName\":42}"), 400, "BAD_USER_INPUT");
    }

    @Test
    void visitsArePagedNewestFirstWithoutGapsOrRepeatsEvenOnTies() {
        MobileClient.Enrolled customer = mobile.enrolNew(appKey, "Visitas", uniqueEmail("visits"));
        String location = createLocation(business.adminToken(), "Norte", 4.7, -74.0);
        Instant tie = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        List<String> recorded = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            recorded.add(recordVisit(customer.customerId(), location, "1000", tie.toString()));
        }
        recorded.add(recordVisit(customer.customerId(), location, "2000", tie.minus(1, ChronoUnit.HOURS).toString()));
        recorded.add(recordVisit(customer.customerId(), location, null, null));

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            MobileClient.Response page = mobile.get("/me/visits?limit=2" + (cursor == null ? "" : "&cursor=" + cursor),
                    appKey, customer.token());
            assertThat(page.status()).as(page.raw()).isEqualTo(200);
            page.body().path("visits").forEach(visit -> {
                seen.add(visit.path("id").asString());
                assertThat(visit.path("locationName").asString()).isEqualTo("Norte");
            });
            cursor = page.body().path("nextCursor").isNull() ? null : page.text("nextCursor");
            pages++;
        } while (cursor != null && pages < 10);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).hasSize(5).containsExactlyInAnyOrderElementsOf(recorded);
        assertThat(new HashSet<>(seen)).hasSize(5);
        assertThat(seen.getFirst()).isEqualTo(recorded.getLast());
        assertThat(seen.getLast()).isEqualTo(recorded.get(3));
    }

    @Test
    void badPagingArgumentsAreBadUserInput() {
        MobileClient.Enrolled customer = mobile.enrolNew(appKey, "Paging", uniqueEmail("paging"));
        for (String query : List.of("limit=0", "limit=101", "limit=abc", "cursor=%21%21nope")) {
            MobileClient.Response response = mobile.get("/me/visits?" + query, appKey, customer.token());
            assertProblem(response, 400, "BAD_USER_INPUT");
            assertThat(response.text("field")).isEqualTo(query.substring(0, query.indexOf('=')));
        }
    }

    private String recordVisit(String customerId, String locationId, String amount, String occurredAt) {
        Map<String, Object> input = new java.util.HashMap<>(Map.of("customerId", customerId, "locationId", locationId));
        if (amount != null) {
            input.put("amount", amount);
        }
        if (occurredAt != null) {
            input.put("occurredAt", occurredAt);
        }
        return graphQl.execute(business.adminToken(), "mutation($i: RecordVisitInput!) { recordVisit(input: $i) { id } }",
                Map.of("i", input)).ok().text("recordVisit.id");
    }
}
