package com.radartracking.campaigns.editing;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.support.ApiIntegrationTest;
import com.radartracking.support.GraphQlClient;
import com.radartracking.support.GraphQlResponse;
import com.radartracking.support.TenantFixture;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Campaigns over GraphQL against the real database: the lifecycle (create → activate → pause → resume →
 * archive), who may do what, the refusals that need the database (references to deleted, deactivated or
 * another business's records, a message over the FCM limit) and the child fields.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignLifecycleIT extends ApiIntegrationTest {

    static final String FIELDS = """
            id name kind status startsAt endsAt nextRunAt lastRunAt createdAt updatedAt activatedAt
            trigger { type days hours localTime geofenceIds points programId rewardId cooldownHours }
            schedule { sendAt frequency days dayOfMonth localTime }
            segment { id name builtIn customerCount }
            locations { id name }
            message { title body imageUrl deepLink data { key value } }""";
    static final String CREATE = "mutation($i: CampaignInput!) { createCampaign(input: $i) { " + FIELDS + " } }";
    private static final String UPDATE = "mutation($id: ID!, $i: CampaignInput!) { updateCampaign(id: $id, input: $i) { "
            + FIELDS + " } }";

    @Autowired
    private TransactionTemplate transactions;

    private TenantFixture tenant;
    private TenantFixture other;
    private String staffToken;
    private String analystToken;
    private String centro;
    private String zone;
    private String program;

    @BeforeAll
    void plant() {
        graphQl = new GraphQlClient("http://127.0.0.1:" + port);
        tenant = signUpBusiness("Campaign Café");
        other = signUpBusiness("Other Campaign Café");
        centro = createLocation(tenant.adminToken(), "Centro", 4.6, -74.08);
        staffToken = addMember(tenant.adminToken(), "STAFF", List.of(centro)).accessToken();
        analystToken = addMember(tenant.adminToken(), "ANALYST", List.of()).accessToken();
        zone = graphQl.execute(tenant.adminToken(),
                "mutation($l: ID!) { createGeofence(input: {locationId: $l, name: \"Door\"}) { id } }",
                Map.of("l", centro)).ok().text("createGeofence.id");
        program = graphQl.execute(tenant.adminToken(), "mutation { createLoyaltyProgram(input: "
                + "{name: \"Puntos\", kind: POINTS, pointsPerVisit: 10}) { id } }").ok().text("createLoyaltyProgram.id");
    }

    static Map<String, Object> input(String name, String kind, Object... fields) {
        Map<String, Object> input = new HashMap<>(Map.of("name", name, "kind", kind,
                "message", Map.of("title", "Hola {{firstName}}", "body", "Te extrañamos",
                        "data", List.of(Map.of("key", "screen", "value", "offers")))));
        for (int i = 0; i < fields.length; i += 2) {
            input.put((String) fields[i], fields[i + 1]);
        }
        return input;
    }

    static Map<String, Object> daily() {
        return Map.of("frequency", "DAILY", "localTime", "09:30");
    }

    private GraphQlResponse create(String token, Map<String, Object> input) {
        return graphQl.execute(token, CREATE, Map.of("i", input));
    }

    private JsonNode created(Map<String, Object> input) {
        return create(tenant.adminToken(), input).ok().data("createCampaign");
    }

    private GraphQlResponse lifecycle(String token, String mutation, String id) {
        return graphQl.execute(token, "mutation($id: ID!) { " + mutation + "(id: $id) { " + FIELDS + " } }",
                Map.of("id", id));
    }

    private JsonNode moved(String mutation, String id) {
        return lifecycle(tenant.adminToken(), mutation, id).ok().data(mutation);
    }

    private static void refused(GraphQlResponse response, String code, String field, String reason) {
        response.failsWith(code);
        JsonNode extensions = response.firstError().path("extensions");
        if (field != null) {
            assertThat(extensions.path("field").asString()).as("field of %s", response.body()).isEqualTo(field);
        }
        if (reason != null) {
            assertThat(extensions.path("reason").asString()).as("reason of %s", response.body()).isEqualTo(reason);
        }
        assertThat(response.body().path("data").path("createCampaign").isMissingNode()
                || response.body().path("data").path("createCampaign").isNull()).isTrue();
    }

    private String segment(String name, Map<String, Object> condition) {
        return graphQl.execute(tenant.adminToken(),
                "mutation($n: String!, $c: SegmentConditionInput!) { createSegment(input: {name: $n, condition: $c}) { id } }",
                Map.of("n", name, "c", condition)).ok().text("createSegment.id");
    }

    private String activityActions(String campaignId) {
        return TenantContext.callAs(tenant.businessId(), () -> transactions.execute(status -> String.join(",",
                jdbc.queryForList("select action from activity_logs where entity_id = ? order by action",
                        String.class, campaignId))));
    }

    @Test
    void createActivatePauseResumeArchive() {
        JsonNode draft = created(input("Daily offer", "RECURRING", "schedule", daily(), "locationIds", List.of(centro),
                "segmentId", "rfm:champions"));
        String id = draft.path("id").asString();
        assertThat(draft.path("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.path("nextRunAt").isNull()).isTrue();
        assertThat(draft.path("schedule").path("frequency").asString()).isEqualTo("DAILY");
        assertThat(draft.path("schedule").path("localTime").asString()).isEqualTo("09:30");
        assertThat(draft.path("segment").path("name").asString()).isEqualTo("Champions");
        assertThat(draft.path("segment").path("builtIn").asBoolean()).isTrue();
        assertThat(draft.path("locations").path(0).path("name").asString()).isEqualTo("Centro");
        assertThat(draft.path("message").path("data").path(0).path("key").asString()).isEqualTo("screen");
        assertThat(draft.path("trigger").isNull()).isTrue();

        JsonNode active = moved("activateCampaign", id);
        assertThat(active.path("status").asString()).isEqualTo("ACTIVE");
        Instant next = Instant.parse(active.path("nextRunAt").asString());
        assertThat(next).isAfter(Instant.now()).isBefore(Instant.now().plus(Duration.ofDays(1)).plusSeconds(60));
        assertThat(active.path("activatedAt").isNull()).isFalse();

        refused(graphQl.execute(tenant.adminToken(), UPDATE, Map.of("id", id, "i", input("Changed", "RECURRING",
                "schedule", daily()))), "CONFLICT", null, "NOT_EDITABLE");
        refused(lifecycle(tenant.adminToken(), "activateCampaign", id), "CONFLICT", null, "NOT_DRAFT");
        refused(lifecycle(tenant.adminToken(), "resumeCampaign", id), "CONFLICT", null, "NOT_PAUSED");

        JsonNode paused = moved("pauseCampaign", id);
        assertThat(paused.path("status").asString()).isEqualTo("PAUSED");
        assertThat(paused.path("nextRunAt").isNull()).isTrue();
        refused(lifecycle(tenant.adminToken(), "pauseCampaign", id), "CONFLICT", null, "NOT_RUNNING");

        JsonNode edited = graphQl.execute(tenant.adminToken(), UPDATE, Map.of("id", id, "i", input("Weekly offer",
                "RECURRING", "schedule", Map.of("frequency", "WEEKLY", "days", List.of("MON", "THU"),
                        "localTime", "08:00")))).ok().data("updateCampaign");
        assertThat(edited.path("name").asString()).isEqualTo("Weekly offer");
        assertThat(edited.path("status").asString()).isEqualTo("PAUSED");
        assertThat(edited.path("schedule").path("days").toString()).isEqualTo("[\"MON\",\"THU\"]");
        assertThat(edited.path("locations")).isEmpty();
        assertThat(edited.path("segment").isNull()).isTrue();

        JsonNode resumed = moved("resumeCampaign", id);
        assertThat(resumed.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(Instant.parse(resumed.path("nextRunAt").asString())).isAfter(Instant.now());

        JsonNode archived = moved("archiveCampaign", id);
        assertThat(archived.path("status").asString()).isEqualTo("ARCHIVED");
        assertThat(archived.path("nextRunAt").isNull()).isTrue();
        refused(lifecycle(tenant.adminToken(), "archiveCampaign", id), "CONFLICT", null, "ARCHIVED");

        assertThat(activityActions(id)).isEqualTo(
                "campaign.activate,campaign.archive,campaign.create,campaign.pause,campaign.resume,campaign.update");
        String list = graphQl.execute(tenant.adminToken(), "{ campaigns(first: 100) { edges { node { id } } } }").ok()
                .body().toString();
        assertThat(list).doesNotContain(id);
        String archivedList = graphQl.execute(tenant.adminToken(),
                "{ campaigns(first: 100, filter: {status: [ARCHIVED]}) { edges { node { id status } } } }").ok()
                .body().toString();
        assertThat(archivedList).contains(id);
    }

    @Test
    void staffAndAnalystsReadButOnlyAdminsWrite() {
        String id = created(input("Read me", "ONE_OFF")).path("id").asString();
        for (String token : List.of(staffToken, analystToken)) {
            refused(create(token, input("Nope", "ONE_OFF")), "FORBIDDEN", null, null);
            for (String mutation : List.of("activateCampaign", "pauseCampaign", "resumeCampaign", "archiveCampaign")) {
                lifecycle(token, mutation, id).failsWith("FORBIDDEN");
            }
            graphQl.execute(token, UPDATE, Map.of("id", id, "i", input("Nope", "ONE_OFF"))).failsWith("FORBIDDEN");
            assertThat(graphQl.execute(token, "query($id: ID!) { campaign(id: $id) { name status } }", Map.of("id", id))
                    .ok().text("campaign.name")).isEqualTo("Read me");
            assertThat(graphQl.execute(token, "{ campaigns(first: 50) { edges { node { id name } } } }").ok()
                    .body().toString()).contains(id);
        }
        assertThat(moved("activateCampaign", id).path("status").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void startsInTheFutureAreScheduled() {
        Instant startsAt = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
        JsonNode scheduled = moved("activateCampaign", created(input("Later", "TRIGGERED", "startsAt",
                startsAt.toString(), "trigger", Map.of("type", "INACTIVITY", "days", 30))).path("id").asString());
        assertThat(scheduled.path("status").asString()).isEqualTo("SCHEDULED");
        assertThat(Instant.parse(scheduled.path("nextRunAt").asString())).isEqualTo(startsAt);

        Instant sendAt = Instant.now().plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
        JsonNode oneOff = moved("activateCampaign", created(input("At three", "ONE_OFF", "schedule",
                Map.of("sendAt", sendAt.toString()))).path("id").asString());
        assertThat(oneOff.path("status").asString()).isEqualTo("SCHEDULED");
        assertThat(Instant.parse(oneOff.path("nextRunAt").asString())).isEqualTo(sendAt);
        assertThat(oneOff.path("schedule").path("sendAt").asString()).isEqualTo(sendAt.toString());

        JsonNode now = moved("activateCampaign", created(input("Now", "ONE_OFF")).path("id").asString());
        assertThat(now.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(Instant.parse(now.path("nextRunAt").asString())).isBefore(Instant.now().plusSeconds(1));

        JsonNode zoneCampaign = moved("activateCampaign", created(input("At the door", "TRIGGERED", "trigger",
                Map.of("type", "GEOFENCE_ENTER", "geofenceIds", List.of(zone), "cooldownHours", 6))).path("id").asString());
        assertThat(zoneCampaign.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(zoneCampaign.path("nextRunAt").isNull()).isTrue();
        assertThat(zoneCampaign.path("trigger").path("geofenceIds").path(0).asString()).isEqualTo(zone);
        assertThat(zoneCampaign.path("trigger").path("cooldownHours").asInt()).isEqualTo(6);
    }

    @Test
    void resumingPastTheEndCompletes() {
        String id = created(input("Ends soon", "TRIGGERED", "trigger", Map.of("type", "INACTIVITY", "days", 30),
                "endsAt", Instant.now().plus(Duration.ofDays(1)).toString())).path("id").asString();
        moved("activateCampaign", id);
        moved("pauseCampaign", id);
        TenantContext.callAs(tenant.businessId(), () -> transactions.execute(status -> jdbc.update(
                "update campaigns set ends_at = ? where id = ?", Timestamp.from(Instant.now().minusSeconds(5)),
                UUID.fromString(id))));
        JsonNode completed = moved("resumeCampaign", id);
        assertThat(completed.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(completed.path("nextRunAt").isNull()).isTrue();
    }

    @Test
    void aScheduleThatNeverFiresIsRefusedAtSave() {
        Instant soon = Instant.now().plus(Duration.ofHours(1));
        refused(create(tenant.adminToken(), input("Never", "ONE_OFF", "schedule",
                Map.of("sendAt", soon.plus(Duration.ofHours(1)).toString()), "endsAt", soon.toString())),
                "BAD_USER_INPUT", "schedule", "NEVER_FIRES");
        refused(create(tenant.adminToken(), input("Never weekly", "RECURRING", "schedule",
                Map.of("frequency", "WEEKLY", "days", List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"),
                        "localTime", soon.plus(Duration.ofHours(2)).atZone(java.time.ZoneId.of("America/Bogota"))
                                .toLocalTime().format(java.time.format.DateTimeFormatter.ofPattern("HH:mm"))),
                "startsAt", soon.toString(), "endsAt", soon.plusSeconds(60).toString())),
                "BAD_USER_INPUT", "schedule", "NEVER_FIRES");
        refused(create(tenant.adminToken(), input("Past", "ONE_OFF", "schedule",
                Map.of("sendAt", Instant.now().minus(Duration.ofHours(1)).toString()))),
                "BAD_USER_INPUT", "schedule.sendAt", "IN_PAST");
        refused(create(tenant.adminToken(), input("No days", "TRIGGERED", "trigger", Map.of("type", "INACTIVITY"))),
                "BAD_USER_INPUT", "trigger.days", "REQUIRED");
    }

    @Test
    void aDeletedSegmentIsRefusedAtActivation() {
        String saved = segment("Regulars " + UUID.randomUUID(), Map.of("fact", "VISIT_COUNT", "op", "GTE", "number", 2));
        String id = created(input("For regulars", "ONE_OFF", "segmentId", saved)).path("id").asString();
        graphQl.execute(tenant.adminToken(), "mutation($id: ID!) { deleteSegment(id: $id) }", Map.of("id", saved)).ok();
        refused(lifecycle(tenant.adminToken(), "activateCampaign", id), "BAD_USER_INPUT", "segmentId",
                "SEGMENT_DELETED");
        JsonNode still = graphQl.execute(tenant.adminToken(), "query($id: ID!) { campaign(id: $id) { status segment { id name } } }",
                Map.of("id", id)).ok().data("campaign");
        assertThat(still.path("status").asString()).isEqualTo("DRAFT");
        assertThat(still.path("segment").path("id").asString()).isEqualTo(saved);
        refused(create(tenant.adminToken(), input("Deleted", "ONE_OFF", "segmentId", saved)), "BAD_USER_INPUT",
                "segmentId", "SEGMENT_DELETED");
        refused(create(tenant.adminToken(), input("Unknown", "ONE_OFF", "segmentId", UUID.randomUUID().toString())),
                "NOT_FOUND", "segmentId", null);
        refused(create(tenant.adminToken(), input("Unknown rfm", "ONE_OFF", "segmentId", "rfm:nobody")),
                "NOT_FOUND", "segmentId", null);
    }

    @Test
    void aSegmentWhoseTagIsGoneIsRefusedAtActivation() {
        String customer = graphQl.execute(tenant.adminToken(), "mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }",
                Map.of("i", Map.of("firstName", "Tagged", "email", uniqueEmail("tagged"), "tags", List.of("gold")))).ok()
                .text("createCustomer.id");
        String saved = segment("Gold " + UUID.randomUUID(), Map.of("fact", "TAG", "tag", "gold"));
        String id = created(input("For gold", "ONE_OFF", "segmentId", saved)).path("id").asString();
        assertThat(graphQl.execute(tenant.adminToken(), "query($id: ID!) { campaign(id: $id) { segment { customerCount } } }",
                Map.of("id", id)).ok().data("campaign.segment.customerCount").asInt()).isEqualTo(1);
        graphQl.execute(tenant.adminToken(), "mutation($id: ID!) { removeCustomerTag(customerId: $id, tag: \"gold\") { id } }",
                Map.of("id", customer)).ok();
        refused(lifecycle(tenant.adminToken(), "activateCampaign", id), "BAD_USER_INPUT", "segmentId", "UNKNOWN_TAG");
    }

    @Test
    void referencesMustBeTheBusinesssAndLive() {
        String otherLocation = createLocation(other.adminToken(), "Elsewhere", 4.5, -74.1);
        String otherZone = graphQl.execute(other.adminToken(),
                "mutation($l: ID!) { createGeofence(input: {locationId: $l, name: \"Their door\"}) { id } }",
                Map.of("l", otherLocation)).ok().text("createGeofence.id");
        refused(create(tenant.adminToken(), input("Theirs", "ONE_OFF", "locationIds", List.of(otherLocation))),
                "NOT_FOUND", "locationIds", null);
        refused(create(tenant.adminToken(), input("Theirs", "TRIGGERED", "trigger",
                Map.of("type", "GEOFENCE_DWELL", "geofenceIds", List.of(zone, otherZone)))), "NOT_FOUND",
                "trigger.geofenceIds", null);
        refused(create(tenant.adminToken(), input("Unknown program", "TRIGGERED", "trigger",
                Map.of("type", "POINTS_THRESHOLD", "points", 10, "programId", UUID.randomUUID().toString()))),
                "NOT_FOUND", "trigger.programId", null);
        refused(create(tenant.adminToken(), input("Unknown reward", "TRIGGERED", "trigger",
                Map.of("type", "REWARD_AVAILABLE", "rewardId", UUID.randomUUID().toString()))),
                "NOT_FOUND", "trigger.rewardId", null);
        String reward = graphQl.execute(tenant.adminToken(),
                "mutation($p: ID!) { createReward(input: {programId: $p, name: \"Coffee\", cost: 10}) { id } }",
                Map.of("p", program)).ok().text("createReward.id");
        JsonNode points = created(input("Reward ready", "TRIGGERED", "trigger",
                Map.of("type", "REWARD_AVAILABLE", "programId", program, "rewardId", reward)));
        assertThat(points.path("trigger").path("rewardId").asString()).isEqualTo(reward);

        String quiet = graphQl.execute(tenant.adminToken(),
                "mutation($l: ID!) { createGeofence(input: {locationId: $l, name: \"Back door\"}) { id } }",
                Map.of("l", centro)).ok().text("createGeofence.id");
        graphQl.execute(tenant.adminToken(), "mutation($id: ID!) { updateGeofence(id: $id, input: {active: false}) { id } }",
                Map.of("id", quiet)).ok();
        refused(create(tenant.adminToken(), input("Quiet zone", "TRIGGERED", "trigger",
                Map.of("type", "GEOFENCE_ENTER", "geofenceIds", List.of(quiet)))), "BAD_USER_INPUT",
                "trigger.geofenceIds", "GEOFENCE_INACTIVE");
    }

    @Test
    void theMessageFollowsThePushPipelinesRules() {
        Map<String, Object> tooBig = new HashMap<>(input("Big", "ONE_OFF"));
        tooBig.put("message", Map.of("title", "Hola {{displayName}}", "body", "x".repeat(2000),
                "data", List.of(Map.of("key", "a", "value", "v".repeat(1024)), Map.of("key", "b", "value", "v".repeat(1024)))));
        refused(create(tenant.adminToken(), tooBig), "BAD_USER_INPUT", "message", "PAYLOAD_TOO_LARGE");
        Map<String, Object> http = new HashMap<>(input("Image", "ONE_OFF"));
        http.put("message", Map.of("title", "t", "body", "b", "imageUrl", "http://insecure.example/a.png"));
        refused(create(tenant.adminToken(), http), "BAD_USER_INPUT", "message.imageUrl", "NOT_HTTPS");
        Map<String, Object> reserved = new HashMap<>(input("Data", "ONE_OFF"));
        reserved.put("message", Map.of("title", "t", "body", "b", "data", List.of(Map.of("key", "google.x", "value", "1"))));
        refused(create(tenant.adminToken(), reserved), "BAD_USER_INPUT", "message.data", "RESERVED_KEY");
        Map<String, Object> placeholder = new HashMap<>(input("Unknown", "ONE_OFF"));
        placeholder.put("message", Map.of("title", "Hi {{nick}}", "body", "b"));
        refused(create(tenant.adminToken(), placeholder), "BAD_USER_INPUT", "message.title", "UNKNOWN_PLACEHOLDER");
    }

    @Test
    void twoAdminsRacingLeaveOneChange() throws Exception {
        for (int round = 0; round < 3; round++) {
            String id = created(input("Raced " + round, "ONE_OFF")).path("id").asString();
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(1);
                List<java.util.concurrent.Future<GraphQlResponse>> answers = new java.util.ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    answers.add(pool.submit(() -> {
                        ready.await();
                        return lifecycle(tenant.adminToken(), "activateCampaign", id);
                    }));
                }
                ready.countDown();
                List<List<String>> codes = new java.util.ArrayList<>();
                for (java.util.concurrent.Future<GraphQlResponse> answer : answers) {
                    codes.add(answer.get().errorCodes());
                }
                assertThat(codes).as("round %d", round).containsExactlyInAnyOrder(List.of(), List.of("CONFLICT"));
            } finally {
                pool.shutdownNow();
            }
            assertThat(activityActions(id)).isEqualTo("campaign.activate,campaign.create");
        }
    }

    @Test
    void anotherBusinesssCampaignIsNotFound() {
        String id = created(input("Mine", "ONE_OFF")).path("id").asString();
        graphQl.execute(other.adminToken(), "query($id: ID!) { campaign(id: $id) { name } }", Map.of("id", id))
                .failsWith("NOT_FOUND");
        lifecycle(other.adminToken(), "activateCampaign", id).failsWith("NOT_FOUND");
        graphQl.execute(other.adminToken(), "query($id: ID!) { campaign(id: $id) { name } }", Map.of("id", "nope"))
                .failsWith("NOT_FOUND");
    }
}
