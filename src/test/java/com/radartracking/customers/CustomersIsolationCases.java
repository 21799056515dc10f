package com.radartracking.customers;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.isolation.IsolationCase;
import com.radartracking.isolation.IsolationCases;
import com.radartracking.isolation.IsolationWorld;
import com.radartracking.isolation.Planted;
import com.radartracking.support.TenantFixture;
import java.util.List;
import java.util.Map;

/**
 * Customers, visits, notes, consents and timelines: B can neither read, change, visit nor reference A's
 * customers or locations, and lists, search and tags show only B's own.
 */
public class CustomersIsolationCases implements IsolationCases {

    private static final String WITNESS = """
            query($id: ID!) { customer(id: $id) { firstName lastName email phone birthday tags visitCount totalSpent
              lastVisitAt preferredLocation { id } consents { type granted source changedAt } notes { id body }
              updatedAt } }""";

    /** A's customer with a name, email, phone, tag, note and a visit: everything a leak could show. */
    private static Planted customerOfA(IsolationWorld world) {
        String location = world.createLocation(world.a(), "A Counter");
        String email = world.uniqueEmail("zenobia");
        String id = createCustomer(world, world.a(), Map.of("firstName", "Zenobia", "lastName", "Quintero",
                "email", email, "phone", "+57 301 000 " + (1000 + (int) (Math.random() * 8999)),
                "tags", List.of("a-secret-tag"), "preferredLocationId", location));
        world.asA("mutation($id: ID!) { addCustomerNote(customerId: $id, body: \"A's private note\") { id } }",
                Map.of("id", id));
        world.asA("mutation($i: RecordVisitInput!) { recordVisit(input: $i) { id } }",
                Map.of("i", Map.of("customerId", id, "locationId", location, "amount", "42")));
        return Planted.id(id, "Zenobia", "Quintero", email, "a-secret-tag", "A's private note", location);
    }

    private static String createCustomer(IsolationWorld world, TenantFixture tenant, Map<String, Object> input) {
        return world.graphQl().execute(tenant.adminToken(),
                "mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }", Map.of("i", input)).ok()
                .text("createCustomer.id");
    }

    @Override
    public List<IsolationCase> cases() {
        return List.of(
                IsolationCase.named("customers: read by id")
                        .plant(CustomersIsolationCases::customerOfA)
                        .attack("query($id: ID!) { customer(id: $id) { id firstName email tags } }")
                        .expectNotFound(),
                IsolationCase.named("customers: list, search and filters show only B's")
                        .plant(CustomersIsolationCases::customerOfA)
                        .attack("""
                                { all: customers(first: 50) { totalCount edges { node { id firstName email } } }
                                  searched: customers(filter: {search: "zenobia"}) { totalCount edges { node { id } } }
                                  tagged: customers(filter: {tag: "a-secret-tag"}) { totalCount } }""")
                        .expectNoLeak()
                        .check((planted, response) -> {
                            assertThat(response.data("all.totalCount").asInt()).isZero();
                            assertThat(response.data("searched.totalCount").asInt()).isZero();
                            assertThat(response.data("tagged.totalCount").asInt()).isZero();
                        }),
                IsolationCase.named("customers: tags in use are B's")
                        .plant(CustomersIsolationCases::customerOfA)
                        .attack("{ customerTags }")
                        .expectNoLeak(),
                IsolationCase.named("customers: timeline of A's customer")
                        .plant(CustomersIsolationCases::customerOfA)
                        .attack("query($id: ID!) { customerTimeline(customerId: $id) { edges { node { id title } } } }")
                        .expectNotFound(),
                IsolationCase.named("visits: filtered by A's customer")
                        .plant(CustomersIsolationCases::customerOfA)
                        .attack("query($id: ID!) { visits(filter: {customerId: $id}) { edges { node { id } } } }")
                        .expectNotFound(),
                IsolationCase.named("visits: filtered by A's location")
                        .plant(world -> Planted.id(world.createLocation(world.a(), "A Visits Place")))
                        .attack("query($id: ID!) { visits(filter: {locationId: $id}) { edges { node { id } } } }")
                        .expectNotFound(),
                IsolationCase.named("visits: list shows only B's")
                        .plant(CustomersIsolationCases::customerOfA)
                        .attack("{ visits(first: 50) { totalCount edges { node { id amount customer { id } } } } }")
                        .expectNoLeak()
                        .check((planted, response) -> assertThat(response.data("visits.totalCount").asInt()).isZero()),
                IsolationCase.named("customers: create referencing A's location")
                        .plant(world -> {
                            String location = world.createLocation(world.a(), "A Preferred");
                            return Planted.of(Map.of("l", location), location);
                        })
                        .attack("""
                                mutation($l: ID!) { createCustomer(input: {firstName: "B", preferredLocationId: $l}) {
                                  id preferredLocation { id } } }""")
                        .expectNotFound(),
                IsolationCase.named("customers: A's email and phone are no conflict in B (nothing of A's named)")
                        .plant(world -> {
                            Planted customer = customerOfA(world);
                            String phone = world.asA("query($id: ID!) { customer(id: $id) { phone } }",
                                    customer.variables()).text("customer.phone");
                            String email = customer.markers().stream().filter(marker -> marker.contains("@"))
                                    .findFirst().orElseThrow();
                            return new Planted(Map.of("id", customer.var("id"), "email", email, "phone", phone),
                                    customer.markers());
                        })
                        .attack("""
                                mutation($email: String, $phone: String) {
                                  createCustomer(input: {firstName: "Own", email: $email, phone: $phone}) { id firstName } }""")
                        .expectNoLeak()
                        .witness(WITNESS),
                IsolationCase.named("customers: update A's")
                        .plant(CustomersIsolationCases::customerOfA)
                        .attack("""
                                mutation($id: ID!) { updateCustomer(id: $id, input: {firstName: "Hijacked", email: null,
                                  tags: ["hijacked"]}) { id } }""")
                        .expectNotFound()
                        .witness(WITNESS),
                IsolationCase.named("customers: tag A's")
                        .plant(CustomersIsolationCases::customerOfA)
                        .attack("mutation($id: ID!) { addCustomerTag(customerId: $id, tag: \"hijacked\") { id tags } }")
                        .expectNotFound()
                        .witness(WITNESS),
                IsolationCase.named("customers: untag A's")
                        .plant(CustomersIsolationCases::customerOfA)
                        .attack("mutation($id: ID!) { removeCustomerTag(customerId: $id, tag: \"a-secret-tag\") { id } }")
                        .expectNotFound()
                        .witness(WITNESS),
                IsolationCase.named("customers: note on A's")
                        .plant(CustomersIsolationCases::customerOfA)
                        .attack("mutation($id: ID!) { addCustomerNote(customerId: $id, body: \"from B\") { id } }")
                        .expectNotFound()
                        .witness(WITNESS),
                IsolationCase.named("customers: consents of A's")
                        .plant(CustomersIsolationCases::customerOfA)
                        .attack("""
                                mutation($id: ID!) { setCustomerConsents(customerId: $id,
                                  input: {push: true, marketing: true, source: PANEL}) { id } }""")
                        .expectNotFound()
                        .witness(WITNESS),
                IsolationCase.named("visits: record for A's customer at B's location")
                        .plant(world -> {
                            Planted customer = customerOfA(world);
                            String mine = world.createLocation(world.b(), "B Counter");
                            return Planted.of(Map.of("i", Map.of("customerId", customer.var("id"), "locationId", mine)),
                                    customer.markers().toArray(String[]::new)).marker(customer.var("id"));
                        })
                        .attack("mutation($i: RecordVisitInput!) { recordVisit(input: $i) { id customer { id } } }")
                        .expectNotFound(),
                IsolationCase.named("visits: record for B's customer at A's location")
                        .plant(world -> {
                            String location = world.createLocation(world.a(), "A Till");
                            String mine = createCustomer(world, world.b(), Map.of("firstName", "Bruno"));
                            return Planted.of(Map.of("i", Map.of("customerId", mine, "locationId", location)), location);
                        })
                        .attack("mutation($i: RecordVisitInput!) { recordVisit(input: $i) { id location { id } } }")
                        .expectNotFound());
    }
}
