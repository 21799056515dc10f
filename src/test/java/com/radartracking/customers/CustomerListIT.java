package com.radartracking.customers;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.support.TenantFixture;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The customers list: search by name, email and phone, filters, and keyset pagination. */
class CustomerListIT extends CustomerApiTest {

    private static final String LIST = """
            query($first: Int, $after: String, $f: CustomerFilter) {
              customers(first: $first, after: $after, filter: $f) {
                totalCount edges { cursor node { firstName } } pageInfo { hasNextPage endCursor } } }""";

    @Test
    void searchesNameEmailAndPhoneAndFilters() {
        TenantFixture tenant = signUpBusiness("Search Café");
        String centro = createLocation(tenant.adminToken(), "Centro", 4.6, -74.08);
        String norte = createLocation(tenant.adminToken(), "Norte", 4.7, -74.05);
        String ana = createCustomer(tenant.adminToken(), "Ana María", Map.of("lastName", "Gómez",
                "email", "ana.g@correo.example", "phone", "300 123 4567", "tags", List.of("vip"),
                "preferredLocationId", norte));
        String bea = createCustomer(tenant.adminToken(), "Beatriz", Map.of("lastName", "Ruiz",
                "email", "bea_100%@mail.example", "tags", List.of("vip", "morning")));
        createCustomer(tenant.adminToken(), "Carlos", Map.of("lastName", "Gomez Ruiz", "phone", "+57 310 555 0000"));
        recordVisit(tenant.adminToken(), ana, centro, "10");
        recordVisit(tenant.adminToken(), ana, centro, "10");
        recordVisit(tenant.adminToken(), bea, norte, null);

        assertThat(names(tenant, Map.of("search", "GÓMEZ"))).containsExactly("Ana María");
        assertThat(names(tenant, Map.of("search", "gomez"))).containsExactly("Carlos");
        assertThat(names(tenant, Map.of("search", "ruiz"))).containsExactly("Carlos", "Beatriz");
        assertThat(names(tenant, Map.of("search", "maría gómez"))).containsExactly("Ana María");
        assertThat(names(tenant, Map.of("search", "correo.example"))).containsExactly("Ana María");
        assertThat(names(tenant, Map.of("search", "(300) 123-4567"))).containsExactly("Ana María");
        assertThat(names(tenant, Map.of("search", "5550000"))).containsExactly("Carlos");
        // LIKE wildcards in the term are literal characters.
        assertThat(names(tenant, Map.of("search", "100%"))).containsExactly("Beatriz");
        assertThat(names(tenant, Map.of("search", "_"))).containsExactly("Beatriz");
        assertThat(names(tenant, Map.of("search", "nobody"))).isEmpty();

        assertThat(names(tenant, Map.of("tag", "VIP"))).containsExactly("Beatriz", "Ana María");
        assertThat(names(tenant, Map.of("tags", List.of("vip", "morning")))).containsExactly("Beatriz");
        assertThat(names(tenant, Map.of("preferredLocationId", norte))).containsExactly("Ana María");
        assertThat(names(tenant, Map.of("visitedLocationId", norte))).containsExactly("Beatriz");
        assertThat(names(tenant, Map.of("minVisits", 2))).containsExactly("Ana María");
        assertThat(names(tenant, Map.of("maxVisits", 0))).containsExactly("Carlos");
        Instant hourAgo = Instant.now().minus(1, ChronoUnit.HOURS);
        assertThat(names(tenant, Map.of("lastVisitFrom", hourAgo.toString()))).containsExactly("Beatriz", "Ana María");
        assertThat(names(tenant, Map.of("lastVisitTo", hourAgo.toString()))).isEmpty();
        assertThat(names(tenant, Map.of("createdFrom", hourAgo.toString(), "search", "ana"))).containsExactly("Ana María");

        graphQl.execute(tenant.adminToken(), LIST, Map.of("f", Map.of("search", "x".repeat(101))))
                .failsWith("BAD_USER_INPUT");
    }

    @Test
    void pagesNewestFirstWithStableCursors() {
        TenantFixture tenant = signUpBusiness("Pages Café");
        for (int i = 1; i <= 5; i++) {
            createCustomer(tenant.adminToken(), "P" + i);
        }
        JsonNode first = page(tenant, 2, null);
        assertThat(first.path("totalCount").asInt()).isEqualTo(5);
        assertThat(names(first)).containsExactly("P5", "P4");
        assertThat(first.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
        createCustomer(tenant.adminToken(), "P6"); // a newer customer does not shift the next pages
        JsonNode second = page(tenant, 2, first.path("pageInfo").path("endCursor").asString());
        assertThat(names(second)).containsExactly("P3", "P2");
        JsonNode third = page(tenant, 2, second.path("pageInfo").path("endCursor").asString());
        assertThat(names(third)).containsExactly("P1");
        assertThat(third.path("pageInfo").path("hasNextPage").asBoolean()).isFalse();

        graphQl.execute(tenant.adminToken(), LIST, Map.of("first", 0)).failsWith("BAD_USER_INPUT");
        graphQl.execute(tenant.adminToken(), LIST, Map.of("after", "garbage")).failsWith("BAD_USER_INPUT");
    }

    @Test
    void matchCountIsExactBelowItsCapAndSaysMoreAboveIt() {
        TenantFixture tenant = signUpBusiness("Count Café");
        TenantFixture other = signUpBusiness("Other Count Café");
        for (int i = 1; i <= 4; i++) {
            createCustomer(tenant.adminToken(), "Marta " + i, Map.of("tags", List.of("vip")));
        }
        createCustomer(tenant.adminToken(), "Pedro");
        createCustomer(other.adminToken(), "Marta Otra");
        String query = """
                query($f: CustomerFilter, $cap: Int) { customers(first: 1, filter: $f) {
                  edges { node { id } } matchCount(cap: $cap) { value exact } } }""";

        assertThat(matchCount(tenant, query, Map.of(), 10)).isEqualTo("5 true");
        assertThat(matchCount(tenant, query, Map.of(), 3)).isEqualTo("3 false");
        assertThat(matchCount(tenant, query, Map.of("search", "marta"), 10)).isEqualTo("4 true");
        assertThat(matchCount(tenant, query, Map.of("search", "marta"), 4)).isEqualTo("4 true");
        assertThat(matchCount(tenant, query, Map.of("search", "marta"), 2)).isEqualTo("2 false");
        assertThat(matchCount(tenant, query, Map.of("tags", List.of("vip")), 100)).isEqualTo("4 true");
        assertThat(matchCount(tenant, query, Map.of("search", "pedro", "tags", List.of("vip")), 100)).isEqualTo("0 true");
        assertThat(matchCount(other, query, Map.of("search", "marta"), 100)).isEqualTo("1 true");
        JsonNode byDefault = graphQl.execute(tenant.adminToken(),
                "{ customers(first: 1) { matchCount { value exact } } }", Map.of()).ok().data("customers.matchCount");
        assertThat(byDefault.path("value").asInt()).isEqualTo(5);

        Map<String, Object> tooBig = new HashMap<>();
        tooBig.put("cap", 100_001);
        graphQl.execute(tenant.adminToken(), query, tooBig).failsWith("BAD_USER_INPUT");
        tooBig.put("cap", 0);
        graphQl.execute(tenant.adminToken(), query, tooBig).failsWith("BAD_USER_INPUT");
    }

    private String matchCount(TenantFixture tenant, String query, Map<String, Object> filter, int cap) {
        JsonNode count = graphQl.execute(tenant.adminToken(), query, Map.of("f", filter, "cap", cap)).ok()
                .data("customers.matchCount");
        return count.path("value").asInt() + " " + count.path("exact").asBoolean();
    }

    private JsonNode page(TenantFixture tenant, int first, String after) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("first", first);
        variables.put("after", after);
        return graphQl.execute(tenant.adminToken(), LIST, variables).ok().data("customers");
    }

    private List<String> names(TenantFixture tenant, Map<String, Object> filter) {
        return names(graphQl.execute(tenant.adminToken(), LIST, Map.of("first", 50, "f", filter)).ok().data("customers"));
    }

    private static List<String> names(JsonNode connection) {
        return connection.path("edges").valueStream().map(edge -> edge.path("node").path("firstName").asString())
                .toList();
    }
}
