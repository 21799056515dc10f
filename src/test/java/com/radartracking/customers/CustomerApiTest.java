package com.radartracking.customers;

import com.radartracking.support.ApiIntegrationTest;
import com.radartracking.support.GraphQlResponse;
import java.util.HashMap;
import java.util.Map;

/** Helpers shared by the customers module's integration tests (same Spring context as every IT). */
abstract class CustomerApiTest extends ApiIntegrationTest {

    static final String CUSTOMER_FIELDS = """
            id firstName lastName displayName email phone birthday tags visitCount firstVisitAt lastVisitAt
            totalSpent source createdAt updatedAt preferredLocation { id name }
            consents { type granted source changedAt changedByUserId } notes { id body authorUserId }""";

    GraphQlResponse createCustomerResponse(String token, Map<String, Object> input) {
        return graphQl.execute(token, "mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { "
                + CUSTOMER_FIELDS + " } }", Map.of("i", input));
    }

    /** Creates a customer named {@code firstName} with a unique email; returns its id. */
    String createCustomer(String token, String firstName, Map<String, Object> more) {
        Map<String, Object> input = new HashMap<>(more);
        input.put("firstName", firstName);
        input.putIfAbsent("email", uniqueEmail(firstName.toLowerCase().replaceAll("\\W", "")));
        return createCustomerResponse(token, input).ok().text("createCustomer.id");
    }

    String createCustomer(String token, String firstName) {
        return createCustomer(token, firstName, Map.of());
    }

    GraphQlResponse recordVisitResponse(String token, Map<String, Object> input) {
        return graphQl.execute(token, """
                mutation($i: RecordVisitInput!) {
                  recordVisit(input: $i) { id amount currency source occurredAt recordedByUserId
                    customer { id visitCount totalSpent firstVisitAt lastVisitAt } location { id name } }
                }""", Map.of("i", input));
    }

    String recordVisit(String token, String customerId, String locationId, Object amount) {
        Map<String, Object> input = new HashMap<>(Map.of("customerId", customerId, "locationId", locationId));
        if (amount != null) {
            input.put("amount", amount);
        }
        return recordVisitResponse(token, input).ok().text("recordVisit.id");
    }

    GraphQlResponse customer(String token, String id) {
        return graphQl.execute(token, "query($id: ID!) { customer(id: $id) { " + CUSTOMER_FIELDS + " } }",
                Map.of("id", id));
    }
}
