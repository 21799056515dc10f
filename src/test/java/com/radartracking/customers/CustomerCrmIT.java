package com.radartracking.customers;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.support.GraphQlResponse;
import com.radartracking.support.TenantFixture;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Creating, editing, tagging and annotating customers, with every validation rule and role. */
class CustomerCrmIT extends CustomerApiTest {

    @Test
    void createsACustomerWithCanonicalContactData() {
        TenantFixture tenant = signUpBusiness("Crm Café");
        String location = createLocation(tenant.adminToken(), "Centro", 4.6, -74.08);
        Map<String, Object> input = new HashMap<>();
        input.put("firstName", "  Ana  María ");
        input.put("lastName", "Gómez");
        input.put("email", "  Ana.Gomez@Example.COM ");
        input.put("phone", "300 123 4567");
        input.put("birthday", "1990-04-21");
        input.put("preferredLocationId", location);
        input.put("tags", List.of("VIP", " vip ", "Early  Bird"));
        input.put("consents", Map.of("push", true, "marketing", false, "source", "IN_STORE"));
        JsonNode customer = createCustomerResponse(tenant.adminToken(), input).ok().data("createCustomer");

        assertThat(customer.path("firstName").asString()).isEqualTo("Ana María");
        assertThat(customer.path("displayName").asString()).isEqualTo("Ana María Gómez");
        assertThat(customer.path("email").asString()).isEqualTo("ana.gomez@example.com");
        assertThat(customer.path("phone").asString()).isEqualTo("+573001234567");
        assertThat(customer.path("birthday").asString()).isEqualTo("1990-04-21");
        assertThat(customer.path("preferredLocation").path("name").asString()).isEqualTo("Centro");
        assertThat(customer.path("tags").toString()).isEqualTo("[\"vip\",\"early bird\"]");
        assertThat(customer.path("visitCount").asInt()).isZero();
        assertThat(customer.path("totalSpent").asString()).isEqualTo("0");
        assertThat(customer.path("source").asString()).isEqualTo("PANEL");
        assertThat(customer.path("consents").toString())
                .contains("{\"type\":\"PUSH\",\"granted\":true,\"source\":\"IN_STORE\"")
                .contains("{\"type\":\"LOCATION\",\"granted\":null")
                .contains("{\"type\":\"MARKETING\",\"granted\":false");
    }

    @Test
    void refusesBadInputNamingTheField() {
        TenantFixture tenant = signUpBusiness("Strict Café");
        assertBadInput(tenant, Map.of("firstName", "Ana", "email", "ana.example.com"), "email");
        assertBadInput(tenant, Map.of("firstName", "Ana", "email", "ana@example"), "email");
        assertBadInput(tenant, Map.of("firstName", "Ana", "phone", "12"), "phone");
        assertBadInput(tenant, Map.of("firstName", "Ana", "phone", "not a phone"), "phone");
        assertBadInput(tenant, Map.of("firstName", "Ana", "birthday", LocalDate.now().plusDays(2).toString()),
                "birthday");
        assertBadInput(tenant, Map.of("firstName", "Ana", "birthday", "1850-01-01"), "birthday");
        assertBadInput(tenant, Map.of("firstName", "   "), "firstName");
        assertBadInput(tenant, Map.of("firstName", "Ana", "tags", List.of("x".repeat(41))), "tag");
        createCustomerResponse(tenant.adminToken(), Map.of("firstName", "Ana", "birthday", "21/04/1990"))
                .failsWith("BAD_USER_INPUT");
        createCustomerResponse(tenant.adminToken(), Map.of("firstName", "Ana",
                "preferredLocationId", "00000000-0000-0000-0000-000000000001")).failsWith("NOT_FOUND");
    }

    private void assertBadInput(TenantFixture tenant, Map<String, Object> input, String field) {
        GraphQlResponse response = createCustomerResponse(tenant.adminToken(), input).failsWith("BAD_USER_INPUT");
        assertThat(response.firstError().path("extensions").path("field").asString()).as("%s", input).isEqualTo(field);
    }

    @Test
    void duplicatesByEmailOrPhoneAreConflictsNamingTheExistingCustomer() {
        TenantFixture tenant = signUpBusiness("Dup Café");
        String first = createCustomer(tenant.adminToken(), "Ana",
                Map.of("email", "ana@dup.example", "phone", "+57 300 765 4321"));

        GraphQlResponse byEmail = createCustomerResponse(tenant.adminToken(),
                Map.of("firstName", "Other", "email", " ANA@dup.example")).failsWith("CONFLICT");
        assertThat(byEmail.firstError().path("extensions").path("existingCustomerId").asString()).isEqualTo(first);
        assertThat(byEmail.firstError().path("extensions").path("field").asString()).isEqualTo("email");
        assertThat(byEmail.firstError().path("message").asString()).contains(first);

        GraphQlResponse byPhone = createCustomerResponse(tenant.adminToken(),
                Map.of("firstName", "Other", "phone", "3007654321")).failsWith("CONFLICT");
        assertThat(byPhone.firstError().path("extensions").path("existingCustomerId").asString()).isEqualTo(first);
        assertThat(byPhone.firstError().path("extensions").path("field").asString()).isEqualTo("phone");

        String second = createCustomer(tenant.adminToken(), "Bea", Map.of("email", "bea@dup.example"));
        graphQl.execute(tenant.adminToken(), "mutation($id: ID!) { updateCustomer(id: $id, input: {email: \"Ana@Dup.example\"}) { id } }",
                Map.of("id", second)).failsWith("CONFLICT");

        // Another business may have a customer with the same contact data.
        TenantFixture other = signUpBusiness("Other Café");
        createCustomer(other.adminToken(), "Ana", Map.of("email", "ana@dup.example", "phone", "3007654321"));
    }

    @Test
    void updatesOnlyTheGivenFieldsAndClearsExplicitNulls() {
        TenantFixture tenant = signUpBusiness("Edit Café");
        String id = createCustomer(tenant.adminToken(), "Ana",
                Map.of("lastName", "Gómez", "phone", "3001112233", "birthday", "1991-02-03", "tags", List.of("vip")));
        Map<String, Object> input = new HashMap<>();
        input.put("firstName", "Anita");
        input.put("phone", null);
        JsonNode updated = graphQl.execute(tenant.adminToken(), "mutation($id: ID!, $i: UpdateCustomerInput!) {"
                + " updateCustomer(id: $id, input: $i) { firstName lastName phone birthday tags } }",
                Map.of("id", id, "i", input)).ok().data("updateCustomer");
        assertThat(updated.path("firstName").asString()).isEqualTo("Anita");
        assertThat(updated.path("lastName").asString()).isEqualTo("Gómez");
        assertThat(updated.path("phone").isNull()).isTrue();
        assertThat(updated.path("birthday").asString()).isEqualTo("1991-02-03");
        assertThat(updated.path("tags").toString()).isEqualTo("[\"vip\"]");

        JsonNode retagged = graphQl.execute(tenant.adminToken(), "mutation($id: ID!) {"
                + " updateCustomer(id: $id, input: {tags: [\"Regular\", \"Oat Milk\"]}) { tags } }", Map.of("id", id))
                .ok().data("updateCustomer");
        assertThat(retagged.path("tags").toString()).isEqualTo("[\"regular\",\"oat milk\"]");

        graphQl.execute(tenant.adminToken(), "mutation($id: ID!) { updateCustomer(id: $id, input: {birthday: \"2999-01-01\"}) { id } }",
                Map.of("id", id)).failsWith("BAD_USER_INPUT");
        graphQl.execute(tenant.adminToken(), "mutation { updateCustomer(id: \"00000000-0000-0000-0000-000000000009\", input: {firstName: \"X\"}) { id } }")
                .failsWith("NOT_FOUND");
    }

    @Test
    void tagsNotesAndConsentsWithHistory() {
        TenantFixture tenant = signUpBusiness("Tags Café");
        String id = createCustomer(tenant.adminToken(), "Ana");
        graphQl.execute(tenant.adminToken(), "mutation($id: ID!) { addCustomerTag(customerId: $id, tag: \"VIP\") { id } }",
                Map.of("id", id)).ok();
        JsonNode tagged = graphQl.execute(tenant.adminToken(),
                "mutation($id: ID!) { addCustomerTag(customerId: $id, tag: \"vip \") { tags } }", Map.of("id", id))
                .ok().data("addCustomerTag");
        assertThat(tagged.path("tags").toString()).isEqualTo("[\"vip\"]");
        graphQl.execute(tenant.adminToken(), "mutation($id: ID!) { addCustomerTag(customerId: $id, tag: \"morning\") { id } }",
                Map.of("id", id)).ok();
        JsonNode untagged = graphQl.execute(tenant.adminToken(),
                "mutation($id: ID!) { removeCustomerTag(customerId: $id, tag: \"Vip\") { tags } }", Map.of("id", id))
                .ok().data("removeCustomerTag");
        assertThat(untagged.path("tags").toString()).isEqualTo("[\"morning\"]");
        assertThat(graphQl.execute(tenant.adminToken(), "{ customerTags }").ok().data("customerTags").toString())
                .isEqualTo("[\"morning\"]");

        JsonNode note = graphQl.execute(tenant.adminToken(),
                "mutation($id: ID!) { addCustomerNote(customerId: $id, body: \"  Allergic to nuts \") { id body authorUserId } }",
                Map.of("id", id)).ok().data("addCustomerNote");
        assertThat(note.path("body").asString()).isEqualTo("Allergic to nuts");
        assertThat(note.path("authorUserId").asString()).isEqualTo(tenant.adminUserId().toString());
        graphQl.execute(tenant.adminToken(), "mutation($id: ID!) { addCustomerNote(customerId: $id, body: \"  \") { id } }",
                Map.of("id", id)).failsWith("BAD_USER_INPUT");

        graphQl.execute(tenant.adminToken(), "mutation($id: ID!) { setCustomerConsents(customerId: $id,"
                + " input: {push: true, location: true, source: PANEL}) { id } }", Map.of("id", id)).ok();
        JsonNode consents = graphQl.execute(tenant.adminToken(), "mutation($id: ID!) { setCustomerConsents(customerId: $id,"
                + " input: {push: false, location: true, source: APP}) { consents { type granted source changedByUserId } } }",
                Map.of("id", id)).ok().data("setCustomerConsents").path("consents");
        assertThat(consents.toString()).contains("{\"type\":\"PUSH\",\"granted\":false,\"source\":\"APP\"")
                .contains("{\"type\":\"LOCATION\",\"granted\":true,\"source\":\"PANEL\"");
        graphQl.execute(tenant.adminToken(), "mutation($id: ID!) { setCustomerConsents(customerId: $id,"
                + " input: {source: APP}) { id } }", Map.of("id", id)).failsWith("BAD_USER_INPUT");

        JsonNode customer = customer(tenant.adminToken(), id).ok().data("customer");
        assertThat(customer.path("notes").path(0).path("body").asString()).isEqualTo("Allergic to nuts");
        // History: three real changes (push on, location on, push off); location repeated is not a change.
        List<String> titles = graphQl.execute(tenant.adminToken(), "query($id: ID!) { customerTimeline(customerId: $id, first: 10)"
                + " { edges { node { kind title } } } }", Map.of("id", id)).ok().data("customerTimeline").path("edges")
                .valueStream().map(edge -> edge.path("node").path("kind").asString() + " " + edge.path("node").path("title").asString())
                .toList();
        // (push and location were granted in one call: same instant, so their order is the ids' order)
        assertThat(titles).hasSize(4).startsWith("CONSENT Withdrew push consent").endsWith("NOTE Allergic to nuts");
        assertThat(titles.subList(1, 3)).containsExactlyInAnyOrder("CONSENT Granted location consent",
                "CONSENT Granted push consent");
    }

    @Test
    void analystsReadButDoNotWriteAndStaffMayWrite() {
        TenantFixture tenant = signUpBusiness("Roles Café");
        String location = createLocation(tenant.adminToken(), "Centro", 4.6, -74.08);
        Member analyst = addMember(tenant.adminToken(), "ANALYST", List.of());
        Member staff = addMember(tenant.adminToken(), "STAFF", List.of(location));
        String id = createCustomer(staff.accessToken(), "Staffed");
        customer(analyst.accessToken(), id).ok();
        createCustomerResponse(analyst.accessToken(), Map.of("firstName", "Nope")).failsWith("FORBIDDEN");
        graphQl.execute(analyst.accessToken(), "mutation($id: ID!) { addCustomerTag(customerId: $id, tag: \"x\") { id } }",
                Map.of("id", id)).failsWith("FORBIDDEN");
        graphQl.execute(analyst.accessToken(), "mutation($id: ID!) { addCustomerNote(customerId: $id, body: \"x\") { id } }",
                Map.of("id", id)).failsWith("FORBIDDEN");
        graphQl.execute(analyst.accessToken(), "mutation($id: ID!) { setCustomerConsents(customerId: $id, input: {push: true, source: PANEL}) { id } }",
                Map.of("id", id)).failsWith("FORBIDDEN");
        graphQl.execute(analyst.accessToken(), "mutation($id: ID!) { updateCustomer(id: $id, input: {firstName: \"X\"}) { id } }",
                Map.of("id", id)).failsWith("FORBIDDEN");
        recordVisitResponse(analyst.accessToken(), Map.of("customerId", id, "locationId", location)).failsWith("FORBIDDEN");
        graphQl.execute(null, "{ customers { edges { node { id } } } }").failsWith("UNAUTHENTICATED");
    }
}
