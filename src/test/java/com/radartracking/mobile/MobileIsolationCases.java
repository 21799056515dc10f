package com.radartracking.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.isolation.IsolationCase;
import com.radartracking.isolation.IsolationCases;
import com.radartracking.isolation.IsolationWorld;
import com.radartracking.isolation.Planted;
import com.radartracking.support.GraphQlResponse;
import com.radartracking.support.MobileClient;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Mobile apps (GraphQL): B can neither list, revoke nor learn the key of A's apps. The REST shim: B's app
 * key with B's customer token sees only B's customer; A's customer token is refused with B's key; A's
 * contact data enrols a new customer in B, and A's sign-in code does not work there; within one business a
 * customer's token shows that customer only.
 */
public class MobileIsolationCases implements IsolationCases {

    private static final String WITNESS = "{ mobileApps(includeRevoked: true) { edges { node { id name active revokedAt } } } }";

    /** A's app: its id, name and public key are markers. */
    static Planted appOfA(IsolationWorld world) {
        GraphQlResponse created = world.asA("mutation { createMobileApp(name: \"A Secret App\") { id publicKey } }",
                Map.of());
        return Planted.id(created.text("createMobileApp.id"), "A Secret App", created.text("createMobileApp.publicKey"));
    }

    private static final String WITNESS_CUSTOMER = """
            query($aCustomerId: ID!) { customer(id: $aCustomerId) { firstName lastName birthday email visitCount
              consents { type granted source changedAt } updatedAt } }""";

    /**
     * A's app and customer (with a visit and consents) and B's app and customer. Variables: aKey, aToken,
     * aCustomerId, aEmail, aCode (a live sign-in code of A's customer), bKey, bToken.
     */
    static Planted customersOfAAndB(IsolationWorld world) {
        MobileClient mobile = new MobileClient(world.graphQl());
        Planted app = appOfA(world);
        String aKey = app.markers().stream().filter(marker -> marker.startsWith("pk_live_")).findFirst().orElseThrow();
        String aEmail = world.uniqueEmail("zoraida");
        MobileClient.Response enrolled = mobile.post("/enrolments", aKey, null, Map.of("firstName", "Zoraida",
                "lastName", "Quiñones", "email", aEmail, "birthday", "1977-07-17",
                "consents", Map.of("push", true, "location", true)));
        String aCustomerId = enrolled.text("customerId");
        String location = world.createLocation(world.a(), "A Mobile Counter");
        String visit = world.asA("mutation($i: RecordVisitInput!) { recordVisit(input: $i) { id } }",
                Map.of("i", Map.of("customerId", aCustomerId, "locationId", location, "amount", "77")))
                .text("recordVisit.id");
        mobile.post("/enrolments", aKey, null, Map.of("firstName", "Zoraida", "email", aEmail));
        String aCode = world.bean(LoggingVerificationCodeSender.class).lastCode(world.a().businessId(), aEmail)
                .orElseThrow();

        String bKey = mobile.createApp(world.b().adminToken(), "B App");
        MobileClient.Enrolled b = mobile.enrolNew(bKey, "Bruno", world.uniqueEmail("bruno"));
        return new Planted(Map.of("aKey", aKey, "aToken", enrolled.text("accessToken"), "aCustomerId", aCustomerId,
                "aEmail", aEmail, "aCode", aCode, "bKey", bKey, "bToken", b.token()),
                Set.of(aCustomerId, "Zoraida", "Quiñones", aEmail, "1977-07-17", visit, location, "A Mobile Counter",
                        "A Secret App", aKey));
    }

    /** Two customers of A: Y (planted, with a visit) and X (the attacker, variable xToken, with A's key). */
    static Planted twoCustomersOfA(IsolationWorld world) {
        Planted planted = customersOfAAndB(world);
        MobileClient.Enrolled x = new MobileClient(world.graphQl()).enrolNew(planted.var("aKey"), "Xavier",
                world.uniqueEmail("xavier"));
        Map<String, Object> variables = new java.util.LinkedHashMap<>(planted.variables());
        variables.put("xToken", x.token());
        Set<String> markers = new java.util.LinkedHashSet<>(planted.markers());
        markers.remove(planted.var("aKey"));
        markers.remove("A Mobile Counter");
        return new Planted(variables, markers);
    }

    private static Map<String, String> asB(Planted planted) {
        return Map.of("X-App-Key", planted.var("bKey"), "Authorization", "Bearer " + planted.var("bToken"));
    }

    private static IsolationCase bReads(String path) {
        return IsolationCase.named("mobile REST: GET " + path + " with B's key and customer shows B's only")
                .plant(MobileIsolationCases::customersOfAAndB)
                .rest("GET", MobileClient.BASE + path, planted -> MobileClient.BASE + path, null,
                        MobileIsolationCases::asB)
                .witness(WITNESS_CUSTOMER)
                .expectNoLeak();
    }

    @Override
    public List<IsolationCase> cases() {
        return List.of(
                bReads("/me"),
                bReads("/me/cards"),
                bReads("/me/visits"),
                IsolationCase.named("mobile REST: PATCH /me by B's customer changes B's only")
                        .plant(MobileIsolationCases::customersOfAAndB)
                        .rest("PATCH", MobileClient.BASE + "/me", planted -> MobileClient.BASE + "/me",
                                planted -> "{\"firstName\":\"Bruna\",\"birthday\":null}", MobileIsolationCases::asB)
                        .witness(WITNESS_CUSTOMER)
                        .expectNoLeak(),
                IsolationCase.named("mobile REST: PUT /me/consents by B's customer changes B's only")
                        .plant(MobileIsolationCases::customersOfAAndB)
                        .rest("PUT", MobileClient.BASE + "/me/consents", planted -> MobileClient.BASE + "/me/consents",
                                planted -> "{\"push\":false,\"location\":false}", MobileIsolationCases::asB)
                        .witness(WITNESS_CUSTOMER)
                        .expectNoLeak(),
                IsolationCase.named("mobile REST: A's contact enrolled with B's key is a new customer of B")
                        .plant(MobileIsolationCases::customersOfAAndB)
                        .rest("POST", MobileClient.BASE + "/enrolments", planted -> MobileClient.BASE + "/enrolments",
                                planted -> "{\"firstName\":\"Impostora\",\"email\":\"" + planted.var("aEmail")
                                        + "\",\"consents\":{\"push\":false}}",
                                planted -> Map.of("X-App-Key", planted.var("bKey")))
                        .witness(WITNESS_CUSTOMER)
                        .expectNoLeak(),
                IsolationCase.named("mobile REST: A's sign-in code does not work with B's key")
                        .plant(MobileIsolationCases::customersOfAAndB)
                        .rest("POST", MobileClient.BASE + "/sessions", planted -> MobileClient.BASE + "/sessions",
                                planted -> "{\"email\":\"" + planted.var("aEmail") + "\",\"code\":\""
                                        + planted.var("aCode") + "\"}",
                                planted -> Map.of("X-App-Key", planted.var("bKey")))
                        .witness(WITNESS_CUSTOMER)
                        .expectRefused(401),
                IsolationCase.named("mobile REST: A's customer token with B's app key is refused")
                        .plant(MobileIsolationCases::customersOfAAndB)
                        .rest("GET", MobileClient.BASE + "/me", planted -> MobileClient.BASE + "/me", null,
                                planted -> Map.of("X-App-Key", planted.var("bKey"),
                                        "Authorization", "Bearer " + planted.var("aToken")))
                        .expectRefused(401),
                IsolationCase.named("mobile REST: A's customer token with B's key cannot change consents")
                        .plant(MobileIsolationCases::customersOfAAndB)
                        .rest("PUT", MobileClient.BASE + "/me/consents", planted -> MobileClient.BASE + "/me/consents",
                                planted -> "{\"push\":false}", planted -> Map.of("X-App-Key", planted.var("bKey"),
                                        "Authorization", "Bearer " + planted.var("aToken")))
                        .witness(WITNESS_CUSTOMER)
                        .expectRefused(401),
                IsolationCase.named("mobile REST: customer X of A reads X's visits, never Y's")
                        .plant(MobileIsolationCases::twoCustomersOfA)
                        .rest("GET", MobileClient.BASE + "/me/visits", planted -> MobileClient.BASE + "/me/visits",
                                null, planted -> Map.of("X-App-Key", planted.var("aKey"),
                                        "Authorization", "Bearer " + planted.var("xToken")))
                        .witness(WITNESS_CUSTOMER)
                        .expectNoLeak(),
                IsolationCase.named("mobile REST: customer X of A sees X's profile, never Y's")
                        .plant(MobileIsolationCases::twoCustomersOfA)
                        .rest("GET", MobileClient.BASE + "/me", planted -> MobileClient.BASE + "/me", null,
                                planted -> Map.of("X-App-Key", planted.var("aKey"),
                                        "Authorization", "Bearer " + planted.var("xToken")))
                        .expectNoLeak(),
                IsolationCase.named("mobile apps: list shows only B's")
                        .plant(MobileIsolationCases::appOfA)
                        .attack("{ mobileApps(includeRevoked: true) { totalCount edges { node { id name publicKey } } } }")
                        .expectNoLeak()
                        .check((planted, response) -> assertThat(response.data("mobileApps.totalCount").asInt()).isZero()),
                IsolationCase.named("mobile apps: revoke A's app")
                        .plant(MobileIsolationCases::appOfA)
                        .attack("mutation($id: ID!) { revokeMobileApp(id: $id) { id active } }")
                        .witness(WITNESS)
                        .expectNotFound(),
                IsolationCase.named("mobile apps: created in B's own business")
                        .plant(MobileIsolationCases::appOfA)
                        .attack("mutation { createMobileApp(name: \"B App\") { id name publicKey } }")
                        .witness(WITNESS)
                        .expectNoLeak());
    }
}
