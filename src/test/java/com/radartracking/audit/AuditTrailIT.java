package com.radartracking.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.support.ApiIntegrationTest;
import com.radartracking.support.TenantFixture;
import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ObjectTypeExtensionDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every mutation of the schema leaves an activity-log entry carrying the request id, the actor and
 * the business. A mutation added to the schema without an entry in {@link #mutations} fails the test,
 * so new modules cannot forget their audit trail.
 */
class AuditTrailIT extends ApiIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    private TransactionTemplate transactions;

    /** One runnable sample per mutation: the GraphQL document and its variables, given a prepared world. */
    private record Sample(String document, Function<World, Map<String, Object>> variables, Function<World, String> token,
            Function<World, UUID> business) {
    }

    /** A business with a location, a staff member, an invitation and a session to play with. */
    private record World(TenantFixture tenant, String locationId, Member staff, String invitationId,
            String invitationToken, String refreshToken) {
    }

    private World world() {
        TenantFixture tenant = signUpBusiness("Audit Café");
        String locationId = createLocation(tenant.adminToken(), "Centro", 4.6, -74.08);
        Member staff = addMember(tenant.adminToken(), "STAFF", List.of(locationId));
        JsonNode invite = graphQl.execute(tenant.adminToken(), """
                mutation($input: InviteUserInput!) { inviteUser(input: $input) { token invitation { id } } }""",
                Map.of("input", Map.of("email", uniqueEmail("pending"), "role", "ANALYST"))).ok().data("inviteUser");
        return new World(tenant, locationId, staff, invite.path("invitation").path("id").asString(),
                invite.path("token").asString(), tenant.adminRefreshToken());
    }

    private Map<String, Sample> mutations() {
        Function<World, String> admin = world -> world.tenant().adminToken();
        Function<World, String> anonymous = world -> null;
        Function<World, UUID> business = world -> world.tenant().businessId();
        Map<String, Sample> samples = new LinkedHashMap<>();
        samples.put("signUp", new Sample("mutation($i: SignUpInput!) { signUp(input: $i) { business { id } } }",
                world -> Map.of("i", Map.of("businessName", "Another", "timeZone", "America/Lima",
                        "email", uniqueEmail("new"), "password", PASSWORD, "displayName", "New")), anonymous, null));
        samples.put("login", new Sample("mutation($i: LoginInput!) { login(input: $i) { accessToken } }",
                world -> Map.of("i", Map.of("email", world.tenant().adminEmail(), "password", PASSWORD)), anonymous,
                business));
        samples.put("refresh", new Sample("mutation($t: String!) { refresh(refreshToken: $t) { accessToken } }",
                world -> Map.of("t", world.staff().refreshToken()), anonymous, business));
        samples.put("logout", new Sample("mutation($t: String!) { logout(refreshToken: $t) }",
                world -> Map.of("t", world.refreshToken()), anonymous, business));
        samples.put("updateBusiness", new Sample("mutation { updateBusiness(input: {name: \"Renamed\"}) { id } }",
                world -> Map.of(), admin, business));
        samples.put("inviteUser", new Sample("mutation($i: InviteUserInput!) { inviteUser(input: $i) { token } }",
                world -> Map.of("i", Map.of("email", uniqueEmail("x"), "role", "ADMIN")), admin, business));
        samples.put("revokeInvitation", new Sample("mutation($id: ID!) { revokeInvitation(id: $id) { id } }",
                world -> Map.of("id", world.invitationId()), admin, business));
        samples.put("acceptInvitation", new Sample(
                "mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { accessToken } }",
                world -> Map.of("i", Map.of("token", world.invitationToken(), "displayName", "Ana",
                        "password", PASSWORD)), anonymous, business));
        samples.put("changeUserRole", new Sample(
                "mutation($i: ChangeUserRoleInput!) { changeUserRole(input: $i) { id } }",
                world -> Map.of("i", Map.of("userId", world.staff().userId().toString(), "role", "ANALYST")), admin,
                business));
        samples.put("deactivateUser", new Sample("mutation($id: ID!) { deactivateUser(id: $id) { id } }",
                world -> Map.of("id", world.staff().userId().toString()), admin, business));
        samples.put("reactivateUser", new Sample("mutation($id: ID!) { reactivateUser(id: $id) { id } }",
                world -> Map.of("id", world.staff().userId().toString()), admin, business));
        samples.put("createLocation", new Sample(
                "mutation($i: CreateLocationInput!) { createLocation(input: $i) { id } }",
                world -> Map.of("i", Map.of("name", "Norte", "timeZone", "America/Bogota",
                        "point", Map.of("latitude", 4.7, "longitude", -74.05))), admin, business));
        samples.put("updateLocation", new Sample(
                "mutation($id: ID!) { updateLocation(id: $id, input: {name: \"Centro 2\"}) { id } }",
                world -> Map.of("id", world.locationId()), admin, business));
        samples.put("deactivateLocation", new Sample("mutation($id: ID!) { deactivateLocation(id: $id) { id } }",
                world -> Map.of("id", world.locationId()), admin, business));
        samples.put("reactivateLocation", new Sample("mutation($id: ID!) { reactivateLocation(id: $id) { id } }",
                world -> Map.of("id", world.locationId()), admin, business));
        // geofences
        samples.put("createGeofence", new Sample(
                "mutation($l: ID!) { createGeofence(input: {locationId: $l, name: \"Door\"}) { id } }",
                world -> Map.of("l", world.locationId()), admin, business));
        samples.put("updateGeofence", new Sample(
                "mutation($id: ID!) { updateGeofence(id: $id, input: {radiusMeters: 250}) { id } }",
                world -> Map.of("id", geofence(world)), admin, business));
        samples.put("deleteGeofence", new Sample("mutation($id: ID!) { deleteGeofence(id: $id) }",
                world -> Map.of("id", geofence(world)), admin, business));
        Function<World, String> staff = world -> world.staff().accessToken();
        samples.put("createCustomer", new Sample(
                "mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }",
                world -> Map.of("i", Map.of("firstName", "Ana", "email", uniqueEmail("customer"))), staff, business));
        samples.put("updateCustomer", new Sample(
                "mutation($id: ID!) { updateCustomer(id: $id, input: {lastName: \"Gómez\"}) { id } }",
                world -> Map.of("id", customer(world)), admin, business));
        samples.put("addCustomerTag", new Sample(
                "mutation($id: ID!) { addCustomerTag(customerId: $id, tag: \"vip\") { id } }",
                world -> Map.of("id", customer(world)), staff, business));
        samples.put("removeCustomerTag", new Sample(
                "mutation($id: ID!) { removeCustomerTag(customerId: $id, tag: \"vip\") { id } }",
                world -> Map.of("id", customer(world)), admin, business));
        samples.put("addCustomerNote", new Sample(
                "mutation($id: ID!) { addCustomerNote(customerId: $id, body: \"Likes oat milk\") { id } }",
                world -> Map.of("id", customer(world)), staff, business));
        samples.put("setCustomerConsents", new Sample(
                "mutation($id: ID!) { setCustomerConsents(customerId: $id, input: {push: true, source: IN_STORE}) { id } }",
                world -> Map.of("id", customer(world)), staff, business));
        samples.put("recordVisit", new Sample(
                "mutation($i: RecordVisitInput!) { recordVisit(input: $i) { id } }",
                world -> Map.of("i", Map.of("customerId", customer(world), "locationId", world.locationId(),
                        "amount", "12500")), staff, business));
        samples.put("createMobileApp", new Sample("mutation { createMobileApp(name: \"Android\") { id } }",
                world -> Map.of(), admin, business));
        samples.put("revokeMobileApp", new Sample("mutation($id: ID!) { revokeMobileApp(id: $id) { id } }",
                world -> Map.of("id", graphQl.execute(world.tenant().adminToken(),
                        "mutation { createMobileApp(name: \"iOS\") { id } }").ok().text("createMobileApp.id")),
                admin, business));
        samples.put("createLoyaltyProgram", new Sample(
                "mutation { createLoyaltyProgram(input: {name: \"Puntos\", kind: POINTS, pointsPerVisit: 10}) { id } }",
                world -> Map.of(), admin, business));
        samples.put("updateLoyaltyProgram", new Sample(
                "mutation($id: ID!) { updateLoyaltyProgram(id: $id, input: {pointsPerVisit: 20}) { id } }",
                world -> Map.of("id", program(world)), admin, business));
        samples.put("deactivateLoyaltyProgram", new Sample(
                "mutation($id: ID!) { deactivateLoyaltyProgram(id: $id) { id } }",
                world -> Map.of("id", program(world)), admin, business));
        samples.put("createReward", new Sample(
                "mutation($p: ID!) { createReward(input: {programId: $p, name: \"Café\", cost: 10}) { id } }",
                world -> Map.of("p", program(world)), admin, business));
        samples.put("updateReward", new Sample(
                "mutation($id: ID!) { updateReward(id: $id, input: {cost: 20}) { id } }",
                world -> Map.of("id", reward(world, program(world))), admin, business));
        samples.put("deactivateReward", new Sample(
                "mutation($id: ID!) { deactivateReward(id: $id) { id } }",
                world -> Map.of("id", reward(world, program(world))), admin, business));
        samples.put("issueLoyaltyCard", new Sample(
                "mutation($c: ID!, $p: ID!) { issueLoyaltyCard(customerId: $c, programId: $p) { id } }",
                world -> Map.of("c", customer(world), "p", program(world)), staff, business));
        samples.put("adjustPoints", new Sample(
                "mutation($c: ID!) { adjustPoints(input: {cardId: $c, delta: 50, reason: \"Welcome gift\"}) { id } }",
                world -> Map.of("c", card(world, program(world))), admin, business));
        samples.put("redeemReward", new Sample(
                "mutation($i: RedeemRewardInput!) { redeemReward(input: $i) { id } }",
                world -> {
                    String programId = program(world);
                    String rewardId = reward(world, programId);
                    String cardId = card(world, programId);
                    graphQl.execute(world.tenant().adminToken(), "mutation($c: ID!) { adjustPoints(input: "
                            + "{cardId: $c, delta: 50, reason: \"Welcome gift\"}) { id } }", Map.of("c", cardId)).ok();
                    return Map.of("i", Map.of("cardId", cardId, "rewardId", rewardId, "locationId", world.locationId()));
                }, staff, business));
        // push sending
        samples.put("sendPush", new Sample("""
                mutation($c: ID!) { sendPush(input: {audience: {kind: CUSTOMER, customerId: $c},
                  message: {title: "Audited", body: "Hola {{firstName}}"}}) { id } }""",
                world -> Map.of("c", customer(world)), admin, business));
        samples.put("cancelPushSend", new Sample("mutation($id: ID!) { cancelPushSend(id: $id) { id } }",
                world -> Map.of("id", graphQl.execute(world.tenant().adminToken(), """
                        mutation($at: DateTime!) { sendPush(input: {audience: {kind: ALL}, scheduledAt: $at,
                          message: {title: "Later", body: "x"}}) { id } }""",
                        Map.of("at", java.time.Instant.now().plusSeconds(86_400).toString())).ok().text("sendPush.id")),
                admin, business));
        samples.put("updatePushSettings", new Sample(
                "mutation { updatePushSettings(input: {frequencyCap: 3, frequencyCapWindowHours: 12}) { frequencyCap } }",
                world -> Map.of(), admin, business));
        samples.put("clearPushBlock", new Sample("mutation { clearPushBlock { blockedAt } }", world -> Map.of(), admin,
                business));
        // segments
        samples.put("createSegment", new Sample(SAVE_SEGMENT, world -> Map.of("n", "Regulars"), admin, business));
        samples.put("updateSegment", new Sample(
                "mutation($id: ID!) { updateSegment(id: $id, input: {name: \"Renamed\", condition: {fact: VISIT_COUNT, op: GTE, number: 2}}) { id } }",
                world -> Map.of("id", segment(world)), admin, business));
        samples.put("deleteSegment", new Sample("mutation($id: ID!) { deleteSegment(id: $id) }",
                world -> Map.of("id", segment(world)), admin, business));
        // campaigns
        samples.put("createCampaign", new Sample(CREATE_CAMPAIGN, world -> Map.of("i", campaignInput("Audited")), admin,
                business));
        samples.put("updateCampaign", new Sample(
                "mutation($id: ID!, $i: CampaignInput!) { updateCampaign(id: $id, input: $i) { id } }",
                world -> Map.of("id", campaign(world), "i", campaignInput("Renamed")), admin, business));
        samples.put("activateCampaign", new Sample("mutation($id: ID!) { activateCampaign(id: $id) { id } }",
                world -> Map.of("id", campaign(world)), admin, business));
        samples.put("pauseCampaign", new Sample("mutation($id: ID!) { pauseCampaign(id: $id) { id } }",
                world -> Map.of("id", campaign(world, "activateCampaign")), admin, business));
        samples.put("resumeCampaign", new Sample("mutation($id: ID!) { resumeCampaign(id: $id) { id } }",
                world -> Map.of("id", campaign(world, "activateCampaign", "pauseCampaign")), admin, business));
        samples.put("archiveCampaign", new Sample("mutation($id: ID!) { archiveCampaign(id: $id) { id } }",
                world -> Map.of("id", campaign(world)), admin, business));
        return samples;
    }

    private static final String CREATE_CAMPAIGN = "mutation($i: CampaignInput!) { createCampaign(input: $i) { id } }";

    private static Map<String, Object> campaignInput(String name) {
        return Map.of("name", name, "kind", "RECURRING", "schedule", Map.of("frequency", "DAILY", "localTime", "09:00"),
                "message", Map.of("title", "Hola {{firstName}}", "body", "Te esperamos"));
    }

    /** A DRAFT campaign of the world's business, then moved by the given lifecycle mutations. */
    private String campaign(World world, String... mutations) {
        String id = graphQl.execute(world.tenant().adminToken(), CREATE_CAMPAIGN,
                Map.of("i", campaignInput("Audited campaign"))).ok().text("createCampaign.id");
        for (String mutation : mutations) {
            graphQl.execute(world.tenant().adminToken(), "mutation($id: ID!) { " + mutation + "(id: $id) { id } }",
                    Map.of("id", id)).ok();
        }
        return id;
    }

    private static final String SAVE_SEGMENT = """
            mutation($n: String!) { createSegment(input: {name: $n, condition: {fact: VISIT_COUNT, op: GTE, number: 1}}) { id } }""";

    /** A saved segment of the world's business, created by its Admin. */
    private String segment(World world) {
        return graphQl.execute(world.tenant().adminToken(), SAVE_SEGMENT, Map.of("n", "Audited " + UUID.randomUUID()))
                .ok().text("createSegment.id");
    }

    /** A circle zone around the world's location, created by its Admin. */
    private String geofence(World world) {
        return graphQl.execute(world.tenant().adminToken(),
                "mutation($l: ID!) { createGeofence(input: {locationId: $l, name: \"Audited zone\"}) { id } }",
                Map.of("l", world.locationId())).ok().text("createGeofence.id");
    }

    /** A points program of the world's business, created by its Admin. */
    private String program(World world) {
        return graphQl.execute(world.tenant().adminToken(), "mutation { createLoyaltyProgram(input: "
                + "{name: \"Audited points\", kind: POINTS, pointsPerVisit: 10}) { id } }").ok()
                .text("createLoyaltyProgram.id");
    }

    /** A reward costing 10 points in the program. */
    private String reward(World world, String programId) {
        return graphQl.execute(world.tenant().adminToken(),
                "mutation($p: ID!) { createReward(input: {programId: $p, name: \"Audited coffee\", cost: 10}) { id } }",
                Map.of("p", programId)).ok().text("createReward.id");
    }

    /** A new customer's card in the program. */
    private String card(World world, String programId) {
        return graphQl.execute(world.tenant().adminToken(),
                "mutation($c: ID!, $p: ID!) { issueLoyaltyCard(customerId: $c, programId: $p) { id } }",
                Map.of("c", customer(world), "p", programId)).ok().text("issueLoyaltyCard.id");
    }

    /** A customer of the world's business, created by its Admin. */
    private String customer(World world) {
        return graphQl.execute(world.tenant().adminToken(), """
                mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }""",
                Map.of("i", Map.of("firstName", "Audited", "email", uniqueEmail("audited")))).ok()
                .text("createCustomer.id");
    }

    @Test
    void everyMutationInTheSchemaHasASample() throws IOException {
        assertThat(mutations().keySet()).containsExactlyInAnyOrderElementsOf(schemaMutations());
    }

    @Test
    void everyMutationWritesAnActivityLogEntryWithRequestIdActorAndIp() throws Exception {
        for (Map.Entry<String, Sample> entry : mutations().entrySet()) {
            World world = world();
            Sample sample = entry.getValue();
            // Request ids over 64 characters are replaced by the server, so the mutation name is not part of it.
            String requestId = "audit-" + UUID.randomUUID();
            JsonNode response = post(sample.token().apply(world), requestId, sample.document(),
                    sample.variables().apply(world));
            assertThat(response.path("errors").isMissingNode()).as("%s answered %s", entry.getKey(), response).isTrue();

            UUID businessId = sample.business() == null
                    ? UUID.fromString(response.path("data").path("signUp").path("business").path("id").asString())
                    : sample.business().apply(world);
            List<Map<String, Object>> rows = TenantContext.callAs(businessId, () -> transactions.execute(status ->
                    jdbc.queryForList("select action, actor_type, host(ip) as ip, business_id from activity_logs "
                            + "where request_id = ?", requestId)));
            assertThat(rows).as("activity log of %s", entry.getKey()).isNotEmpty();
            assertThat(rows.getFirst().get("business_id")).isEqualTo(businessId);
            assertThat(rows.getFirst().get("ip")).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void adminReadsTheLogNewestFirstAndStaffMayNot() {
        World world = world();
        JsonNode page = graphQl.execute(world.tenant().adminToken(),
                "{ activityLog(first: 2) { edges { node { id action actorId entityType } } pageInfo { hasNextPage endCursor } } }")
                .ok().data("activityLog");
        assertThat(page.path("edges")).hasSize(2);
        assertThat(page.path("edges").path(0).path("node").path("action").asString()).isEqualTo("invitation.created");
        assertThat(page.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();

        String next = graphQl.execute(world.tenant().adminToken(),
                "query($after: String) { activityLog(first: 100, after: $after) { edges { node { id action } } } }",
                Map.of("after", page.path("pageInfo").path("endCursor").asString())).ok()
                .data("activityLog").path("edges").toString();
        assertThat(next).contains("business.signed_up")
                .doesNotContain(page.path("edges").path(0).path("node").path("id").asString())
                .doesNotContain(page.path("edges").path(1).path("node").path("id").asString());

        graphQl.execute(world.staff().accessToken(), "{ activityLog { edges { node { action } } } }")
                .failsWith("FORBIDDEN");
    }

    @Test
    void aFailedMutationLeavesNoEntry() {
        TenantFixture tenant = signUpBusiness("No Trace");
        graphQl.execute(tenant.adminToken(), """
                mutation { createLocation(input: {name: "X", timeZone: "Mars/Base", point: {latitude: 1, longitude: 1}}) { id } }""")
                .failsWith("BAD_USER_INPUT");
        Integer created = TenantContext.callAs(tenant.businessId(), () -> transactions.execute(status -> jdbc.queryForObject(
                "select count(*) from activity_logs where action = 'location.created'", Integer.class)));
        assertThat(created).isZero();
    }

    private JsonNode post(String token, String requestId, String document, Map<String, Object> variables)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(graphQl.baseUrl() + "/graphql"))
                .header("Content-Type", "application/json")
                .header("X-Request-Id", requestId)
                .POST(HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(Map.of("query", document, "variables", variables))));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return JSON.readTree(http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private static Set<String> schemaMutations() throws IOException {
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        try (Stream<java.nio.file.Path> files = java.nio.file.Files.list(new File("graphql-schema").toPath())) {
            for (java.nio.file.Path file : files.filter(path -> path.toString().endsWith(".graphqls")).toList()) {
                registry.merge(new SchemaParser().parse(file.toFile()));
            }
        }
        Set<String> names = new TreeSet<>();
        registry.getType("Mutation", ObjectTypeDefinition.class)
                .ifPresent(type -> type.getFieldDefinitions().forEach(field -> names.add(field.getName())));
        registry.objectTypeExtensions().getOrDefault("Mutation", List.of()).stream()
                .map(ObjectTypeExtensionDefinition::getFieldDefinitions)
                .flatMap(List::stream).map(FieldDefinition::getName).forEach(names::add);
        return names;
    }
}
