package com.radartracking.customers;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.support.GraphQlResponse;
import com.radartracking.support.TenantFixture;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Two businesses: every customers query and mutation, pointed by one business at the other's records,
 * answers NOT_FOUND (never FORBIDDEN) or simply does not show them, and changes nothing there.
 */
class CustomersIsolationIT extends CustomerApiTest {

    @Autowired
    private CustomerDirectory directory;

    /** One probe per operation: document and variables aimed at the other business's records. */
    private record Probe(String document, Map<String, Object> variables) {
    }

    @Test
    void anotherBusinessesCustomersAreNotFound() {
        TenantFixture mine = signUpBusiness("Mine Café");
        TenantFixture theirs = signUpBusiness("Theirs Café");
        String myLocation = createLocation(mine.adminToken(), "Mía", 4.6, -74.08);
        String theirLocation = createLocation(theirs.adminToken(), "Suya", 4.6, -74.08);
        String myCustomer = createCustomer(mine.adminToken(), "Mine");
        String theirCustomer = createCustomer(theirs.adminToken(), "Zoraida", Map.of("tags", List.of("secret-tag")));
        recordVisit(theirs.adminToken(), theirCustomer, theirLocation, "50");

        Map<String, Probe> probes = new LinkedHashMap<>();
        probes.put("customer", new Probe("query($id: ID!) { customer(id: $id) { id } }", Map.of("id", theirCustomer)));
        probes.put("customerTimeline", new Probe(
                "query($id: ID!) { customerTimeline(customerId: $id) { edges { cursor } } }", Map.of("id", theirCustomer)));
        probes.put("visits by customer", new Probe(
                "query($f: VisitFilter) { visits(filter: $f) { edges { cursor } } }",
                Map.of("f", Map.of("customerId", theirCustomer))));
        probes.put("visits by location", new Probe(
                "query($f: VisitFilter) { visits(filter: $f) { edges { cursor } } }",
                Map.of("f", Map.of("locationId", theirLocation))));
        probes.put("updateCustomer", new Probe(
                "mutation($id: ID!) { updateCustomer(id: $id, input: {firstName: \"Hacked\"}) { id } }",
                Map.of("id", theirCustomer)));
        probes.put("addCustomerTag", new Probe(
                "mutation($id: ID!) { addCustomerTag(customerId: $id, tag: \"hacked\") { id } }", Map.of("id", theirCustomer)));
        probes.put("removeCustomerTag", new Probe(
                "mutation($id: ID!) { removeCustomerTag(customerId: $id, tag: \"secret-tag\") { id } }",
                Map.of("id", theirCustomer)));
        probes.put("addCustomerNote", new Probe(
                "mutation($id: ID!) { addCustomerNote(customerId: $id, body: \"hacked\") { id } }", Map.of("id", theirCustomer)));
        probes.put("setCustomerConsents", new Probe(
                "mutation($id: ID!) { setCustomerConsents(customerId: $id, input: {marketing: true, source: PANEL}) { id } }",
                Map.of("id", theirCustomer)));
        probes.put("recordVisit for their customer", new Probe(
                "mutation($i: RecordVisitInput!) { recordVisit(input: $i) { id } }",
                Map.of("i", Map.of("customerId", theirCustomer, "locationId", myLocation))));
        probes.put("recordVisit at their location", new Probe(
                "mutation($i: RecordVisitInput!) { recordVisit(input: $i) { id } }",
                Map.of("i", Map.of("customerId", myCustomer, "locationId", theirLocation))));
        probes.put("createCustomer preferring their location", new Probe(
                "mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }",
                Map.of("i", Map.of("firstName", "X", "preferredLocationId", theirLocation))));
        probes.put("updateCustomer preferring their location", new Probe(
                "mutation($id: ID!, $l: ID) { updateCustomer(id: $id, input: {preferredLocationId: $l}) { id } }",
                Map.of("id", myCustomer, "l", theirLocation)));

        Member myStaff = addMember(mine.adminToken(), "STAFF", List.of(myLocation));
        for (String token : List.of(mine.adminToken(), myStaff.accessToken())) {
            probes.forEach((name, probe) -> {
                GraphQlResponse response = graphQl.execute(token, probe.document(), probe.variables());
                assertThat(response.errorCodes()).as("%s answered %s", name, response.body()).containsExactly("NOT_FOUND");
            });
        }

        // Lists, search and tags never show the other business's customers.
        JsonNode list = graphQl.execute(mine.adminToken(), """
                { all: customers(first: 50) { totalCount edges { node { id } } }
                  searched: customers(filter: {search: "zoraida"}) { totalCount }
                  tagged: customers(filter: {tag: "secret-tag"}) { totalCount }
                  visited: customers(filter: {visitedLocationId: "%s"}) { totalCount }
                  visits(first: 50) { totalCount }
                  customerTags }""".formatted(theirLocation)).ok().body().path("data");
        assertThat(list.path("all").path("totalCount").asInt()).isEqualTo(1);
        assertThat(list.path("all").toString()).contains(myCustomer).doesNotContain(theirCustomer);
        assertThat(list.path("searched").path("totalCount").asInt()).isZero();
        assertThat(list.path("tagged").path("totalCount").asInt()).isZero();
        assertThat(list.path("visited").path("totalCount").asInt()).isZero();
        assertThat(list.path("visits").path("totalCount").asInt()).isZero();
        assertThat(list.path("customerTags").toString()).doesNotContain("secret-tag");

        // Their customer is untouched.
        JsonNode untouched = customer(theirs.adminToken(), theirCustomer).ok().data("customer");
        assertThat(untouched.path("firstName").asString()).isEqualTo("Zoraida");
        assertThat(untouched.path("tags").toString()).isEqualTo("[\"secret-tag\"]");
        assertThat(untouched.path("notes")).isEmpty();
        assertThat(untouched.path("visitCount").asInt()).isEqualTo(1);
        assertThat(untouched.path("consents").toString()).doesNotContain("true");

        // The module API other modules use is isolated the same way.
        assertThat(TenantContext.callAs(mine.businessId(), () -> directory.find(java.util.UUID.fromString(theirCustomer))))
                .isEmpty();
        assertThat(TenantContext.callAs(mine.businessId(), () -> directory.findAll(
                List.of(java.util.UUID.fromString(theirCustomer), java.util.UUID.fromString(myCustomer)))).keySet())
                .containsExactly(java.util.UUID.fromString(myCustomer));
    }

    @Test
    void contactDataMayRepeatAcrossBusinessesAndSearchStaysInside() {
        TenantFixture mine = signUpBusiness("Twin A");
        TenantFixture theirs = signUpBusiness("Twin B");
        String a = createCustomer(mine.adminToken(), "Twin", Map.of("email", "twin@same.example", "phone", "3009998877"));
        String b = createCustomer(theirs.adminToken(), "Twin", Map.of("email", "twin@same.example", "phone", "3009998877"));
        JsonNode found = graphQl.execute(mine.adminToken(),
                "{ customers(filter: {search: \"twin@same\"}) { edges { node { id } } } }").ok().data("customers");
        assertThat(found.toString()).contains(a).doesNotContain(b);
    }
}
