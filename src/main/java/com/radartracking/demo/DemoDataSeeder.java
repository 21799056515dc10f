package com.radartracking.demo;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Seeds "Café Demo" once the server is up, through the public GraphQL API itself, so the demo data is
 * exactly what a real sign-up would produce. Idempotent: an existing admin login means the business
 * exists; missing locations and the Staff login are added, nothing is duplicated.
 */
@Component
@Profile("demo")
class DemoDataSeeder {

    static final String ADMIN_EMAIL = "admin@cafedemo.example";
    static final String STAFF_EMAIL = "staff@cafedemo.example";
    static final String PASSWORD = "CafeDemo!2026";

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    /** Name, address, latitude, longitude (Bogotá). */
    private static final List<Object[]> LOCATIONS = List.of(
            new Object[] {"Café Demo Chapinero", "Cra. 13 #63-27, Bogotá", 4.6486, -74.0628},
            new Object[] {"Café Demo Usaquén", "Cra. 6A #119-24, Bogotá", 4.6953, -74.0309},
            new Object[] {"Café Demo La Candelaria", "Cl. 11 #4-21, Bogotá", 4.5970, -74.0730});

    @EventListener(ApplicationReadyEvent.class)
    void seed(ApplicationReadyEvent event) {
        int port = ((WebServerApplicationContext) event.getApplicationContext()).getWebServer().getPort();
        DemoGraphQlClient client = new DemoGraphQlClient("http://127.0.0.1:" + port + "/graphql");
        try {
            String adminToken = adminToken(client);
            List<String> locationIds = ensureLocations(client, adminToken);
            ensureStaff(client, adminToken, locationIds.getFirst());
            DemoGeofences.ensureZones(client, adminToken, locationIds);
            String programId = DemoLoyalty.ensureProgram(client, adminToken);
            ensureCustomers(client, adminToken, locationIds);
            DemoLoyalty.ensureCards(client, adminToken, programId);
            String appKey = ensureMobileApp(client, adminToken);
            log.info("Demo business 'Café Demo' is ready: {} / {} (Admin), {} (Staff)", ADMIN_EMAIL, PASSWORD,
                    STAFF_EMAIL);
            log.info("Café Demo mobile app key (X-App-Key for /api/mobile/v1, docs at /api/mobile/v1/docs): {}",
                    appKey);
        } catch (RuntimeException e) {
            log.error("Seeding the demo business failed", e);
        }
    }

    private String adminToken(DemoGraphQlClient client) {
        Map<String, Object> login = client.tryLogin(ADMIN_EMAIL, PASSWORD);
        if (login != null) {
            return (String) login.get("accessToken");
        }
        Map<String, Object> signUp = client.call(null, """
                mutation($input: SignUpInput!) { signUp(input: $input) { accessToken } }""",
                Map.of("input", Map.of("businessName", "Café Demo", "timeZone", "America/Bogota",
                        "locale", "es-419", "currency", "COP", "email", ADMIN_EMAIL, "password", PASSWORD,
                        "displayName", "Ana Admin")), "signUp");
        return (String) signUp.get("accessToken");
    }

    @SuppressWarnings("unchecked")
    private List<String> ensureLocations(DemoGraphQlClient client, String token) {
        Map<String, Object> page = client.call(token, """
                { locations(first: 50, includeInactive: true) { edges { node { id name } } } }""", Map.of(), "locations");
        List<Map<String, Object>> edges = (List<Map<String, Object>>) page.get("edges");
        Map<String, String> idsByName = new java.util.LinkedHashMap<>();
        edges.forEach(edge -> {
            Map<String, Object> node = (Map<String, Object>) edge.get("node");
            idsByName.put((String) node.get("name"), (String) node.get("id"));
        });
        for (Object[] location : LOCATIONS) {
            if (!idsByName.containsKey((String) location[0])) {
                Map<String, Object> created = client.call(token, """
                        mutation($input: CreateLocationInput!) { createLocation(input: $input) { id } }""",
                        Map.of("input", Map.of("name", location[0], "address", location[1],
                                "timeZone", "America/Bogota",
                                "point", Map.of("latitude", location[2], "longitude", location[3]))),
                        "createLocation");
                idsByName.put((String) location[0], (String) created.get("id"));
            }
        }
        return LOCATIONS.stream().map(location -> idsByName.get((String) location[0])).toList();
    }

    static final String MOBILE_APP_NAME = "Café Demo app";

    /** The demo's mobile app key (public: it identifies the business to the REST shim), created once. */
    @SuppressWarnings("unchecked")
    private String ensureMobileApp(DemoGraphQlClient client, String token) {
        Map<String, Object> page = client.call(token, "{ mobileApps(first: 50) { edges { node { name publicKey } } } }",
                Map.of(), "mobileApps");
        for (Map<String, Object> edge : (List<Map<String, Object>>) page.get("edges")) {
            Map<String, Object> node = (Map<String, Object>) edge.get("node");
            if (MOBILE_APP_NAME.equals(node.get("name"))) {
                return (String) node.get("publicKey");
            }
        }
        return (String) client.call(token, "mutation($n: String!) { createMobileApp(name: $n) { publicKey } }",
                Map.of("n", MOBILE_APP_NAME), "createMobileApp").get("publicKey");
    }

    /** First name, last name, email, phone, tags, visit amounts (COP). */
    private static final List<Object[]> CUSTOMERS = List.of(
            new Object[] {"María", "Rodríguez", "maria.rodriguez@correo.example", "300 555 0101", List.of("vip"),
                    List.of("18500", "22000", "9500")},
            new Object[] {"Juan", "Gómez", "juan.gomez@correo.example", "310 555 0102", List.of("mañanero"),
                    List.of("7000")},
            new Object[] {"Valentina", "López", "valentina.lopez@correo.example", "315 555 0103", List.of(),
                    List.of("12000", "15500")},
            new Object[] {"Andrés", "Martínez", null, "320 555 0104", List.of("nuevo"), List.of()});

    /** A few customers with visits, once (while the business has none). */
    @SuppressWarnings("unchecked")
    private void ensureCustomers(DemoGraphQlClient client, String token, List<String> locationIds) {
        Map<String, Object> existing = client.call(token, "{ customers(first: 1) { edges { cursor } } }", Map.of(),
                "customers");
        if (!((List<Object>) existing.get("edges")).isEmpty()) {
            return;
        }
        for (int i = 0; i < CUSTOMERS.size(); i++) {
            Object[] customer = CUSTOMERS.get(i);
            String locationId = locationIds.get(i % locationIds.size());
            Map<String, Object> input = new java.util.HashMap<>(Map.of("firstName", customer[0],
                    "lastName", customer[1], "phone", customer[3], "tags", customer[4],
                    "preferredLocationId", locationId,
                    "consents", Map.of("push", true, "marketing", i % 2 == 0, "source", "IN_STORE")));
            if (customer[2] != null) {
                input.put("email", customer[2]);
            }
            String id = (String) client.call(token, """
                    mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }""",
                    Map.of("input", input), "createCustomer").get("id");
            for (String amount : (List<String>) customer[5]) {
                client.call(token, """
                        mutation($input: RecordVisitInput!) { recordVisit(input: $input) { id } }""",
                        Map.of("input", Map.of("customerId", id, "locationId", locationId, "amount", amount,
                                "source", "QR_SCAN")), "recordVisit");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void ensureStaff(DemoGraphQlClient client, String adminToken, String locationId) {
        if (client.tryLogin(STAFF_EMAIL, PASSWORD) != null) {
            return;
        }
        Map<String, Object> ticket = client.call(adminToken, """
                mutation($input: InviteUserInput!) { inviteUser(input: $input) { token } }""",
                Map.of("input", Map.of("email", STAFF_EMAIL, "role", "STAFF", "locationIds", List.of(locationId))),
                "inviteUser");
        client.call(null, """
                mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }""",
                Map.of("input", Map.of("token", ticket.get("token"), "displayName", "Sam Staff",
                        "password", PASSWORD)), "acceptInvitation");
    }
}
