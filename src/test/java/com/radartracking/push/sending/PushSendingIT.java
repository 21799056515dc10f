package com.radartracking.push.sending;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.support.GraphQlResponse;
import com.radartracking.support.TenantFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * sendPush end to end over GraphQL: each audience kind, personalisation, skips with their reasons,
 * idempotency (also two requests at once), the 4 KB limit, schedules, roles, bad input and the activity log.
 */
class PushSendingIT extends PushTestSupport {

    private TenantFixture tenant;

    @BeforeEach
    void business() {
        worker.pause(true);
        tenant = signUpBusiness("Push Café");
    }

    @AfterEach
    void resume() {
        worker.pause(false);
    }

    @Test
    void oneCustomerGetsAPersonalisedNotificationPerFreshDevice() {
        String location = createLocation(tenant.adminToken(), "Centro", 4.6, -74.08);
        graphQl.execute(tenant.adminToken(), """
                mutation { createLoyaltyProgram(input: {name: "Club", kind: POINTS, pointsPerVisit: 50}) { id } }""").ok();
        String ana = createCustomer(tenant.adminToken(), "Ana", "Pérez", true);
        graphQl.execute(tenant.adminToken(), "mutation($i: RecordVisitInput!) { recordVisit(input: $i) { id } }",
                Map.of("i", Map.of("customerId", ana, "locationId", location))).ok();
        UUID phone = addDevice(tenant.businessId(), ana);
        UUID tablet = addDevice(tenant.businessId(), ana);
        addDevice(tenant.businessId(), ana, Duration.ofDays(45), true);
        addDevice(tenant.businessId(), ana, Duration.ofHours(1), false);

        JsonNode send = sendPush(tenant.adminToken(), toCustomer(ana),
                Map.of("title", "Hola {{firstName}}", "body", "{{displayName}}, tienes {{points}} puntos en {{businessName}}",
                        "imageUrl", "https://cdn.example/x.png", "deepLink", "app://card",
                        "data", List.of(Map.of("key", "offer", "value", "7")))).ok().data("sendPush");

        assertThat(send.path("status").asString()).isEqualTo("QUEUED");
        assertThat(send.path("recipients").asInt()).isEqualTo(2);
        assertThat(send.path("skipped").asInt()).isZero();
        assertThat(send.path("audienceSummary").asString()).isEqualTo("Ana Pérez");
        assertThat(send.path("title").asString()).isEqualTo("Hola {{firstName}}");
        assertThat(send.path("createdByName").asString()).isEqualTo("Push Café Admin");
        assertThat(send.path("counts").path("queued").asInt()).isEqualTo(2);
        JsonNode notifications = graphQl.execute(tenant.adminToken(), """
                query($id: ID!) { notifications(filter: {sendId: $id}) { counts { total queued }
                  edges { node { title body imageUrl status heldReason dueAt customer { id } device { id stale }
                  send { id } } } } }""", Map.of("id", send.path("id").asString())).ok().data("notifications");
        assertThat(notifications.path("counts").path("total").asInt()).isEqualTo(2);
        List<String> devices = new ArrayList<>();
        notifications.path("edges").forEach(edge -> {
            JsonNode node = edge.path("node");
            assertThat(node.path("title").asString()).isEqualTo("Hola Ana");
            assertThat(node.path("body").asString()).isEqualTo("Ana Pérez, tienes 50 puntos en Push Café");
            assertThat(node.path("heldReason").isNull()).isTrue();
            assertThat(node.path("customer").path("id").asString()).isEqualTo(ana);
            devices.add(node.path("device").path("id").asString());
        });
        assertThat(devices).containsExactlyInAnyOrder(phone.toString(), tablet.toString());
        assertThat(count(tenant.businessId(), """
                select count(*) from notifications where send_id = ?::uuid and data->>'deepLink' = 'app://card'
                   and data->>'offer' = '7' and created_at = (select created_at from push_sends where id = ?::uuid)""",
                send.path("id").asString(), send.path("id").asString())).isEqualTo(2);
        assertThat(count(tenant.businessId(), """
                select count(*) from activity_logs where action = 'push.send' and entity_id = ?""",
                send.path("id").asString())).isEqualTo(1);
    }

    @Test
    void aListSkipsEveryUnreachableCustomerWithItsReason() {
        String reachable = createCustomer(tenant.adminToken(), "Rosa", "", true);
        addDevice(tenant.businessId(), reachable);
        String noConsent = createCustomer(tenant.adminToken(), "Nora", "", false);
        addDevice(tenant.businessId(), noConsent);
        String noDevice = createCustomer(tenant.adminToken(), "Dario", "", true);
        String unregistered = createCustomer(tenant.adminToken(), "Uriel", "", true);
        addDevice(tenant.businessId(), unregistered, Duration.ofHours(1), false);
        String stale = createCustomer(tenant.adminToken(), "Sara", "", true);
        addDevice(tenant.businessId(), stale, Duration.ofDays(31), true);
        String unknown = UUID.randomUUID().toString();

        JsonNode send = sendPush(tenant.adminToken(), Map.of("kind", "CUSTOMERS", "customerIds",
                List.of(reachable, noConsent, noDevice, unregistered, stale, unknown, reachable)),
                message("Hi", "{{firstName}}")).ok().data("sendPush");

        assertThat(send.path("recipients").asInt()).isEqualTo(1);
        assertThat(send.path("skipped").asInt()).isEqualTo(5);
        assertThat(send.path("audienceSummary").asString()).isEqualTo("6 customers");
        // The panel words the audience in its own language from these.
        assertThat(send.path("audienceCustomerCount").asInt()).isEqualTo(6);
        assertThat(send.path("audienceSegment").isNull()).isTrue();
        Map<String, Integer> reasons = new HashMap<>();
        send.path("skipCounts").forEach(c -> reasons.put(c.path("reason").asString(), c.path("count").asInt()));
        assertThat(reasons).containsExactlyInAnyOrderEntriesOf(Map.of("NO_CONSENT", 1, "NO_DEVICE", 2,
                "STALE_TOKEN", 1, "UNKNOWN_CUSTOMER", 1));
        JsonNode skips = graphQl.execute(tenant.adminToken(), """
                query($id: ID!) { pushSkips(first: 50, filter: {sendId: $id}) { edges { node { reason
                  customer { id firstName } send { id } } } } }""", Map.of("id", send.path("id").asString()))
                .ok().data("pushSkips.edges");
        Map<String, String> reasonOf = new HashMap<>();
        skips.forEach(edge -> reasonOf.put(edge.path("node").path("customer").path("id").asString(""),
                edge.path("node").path("reason").asString()));
        assertThat(reasonOf).containsEntry(noConsent, "NO_CONSENT").containsEntry(noDevice, "NO_DEVICE")
                .containsEntry(unregistered, "NO_DEVICE").containsEntry(stale, "STALE_TOKEN")
                .containsEntry("", "UNKNOWN_CUSTOMER");
        // Per customer: why a message did not go out.
        JsonNode nora = graphQl.execute(tenant.adminToken(), """
                query($id: ID!) { customer(id: $id) { pushSkips { edges { node { reason send { id } } } }
                  notifications { counts { total } edges { node { id } } } devices { id active stale } } }""",
                Map.of("id", noConsent)).ok().data("customer");
        assertThat(nora.path("pushSkips").path("edges").path(0).path("node").path("reason").asString())
                .isEqualTo("NO_CONSENT");
        assertThat(nora.path("notifications").path("counts").path("total").asInt()).isZero();
        assertThat(nora.path("devices")).hasSize(1);
    }

    @Test
    void segmentsAndEveryoneAreExpandedByTheWorker() {
        bulkCustomers(tenant.businessId(), 30, true, "vip");
        bulkCustomers(tenant.businessId(), 12, true, "casual");
        bulkCustomers(tenant.businessId(), 5, false, "vip");

        JsonNode segment = sendPush(tenant.adminToken(), Map.of("kind", "SEGMENT", "segment", Map.of("tag", "vip")),
                message("VIP", "Hola {{firstName}}")).ok().data("sendPush");
        assertThat(segment.path("status").asString()).isEqualTo("EXPANDING");
        assertThat(segment.path("audienceSummary").asString()).isEqualTo("Segment: tag vip");
        assertThat(segment.path("audienceSegment").path("tags")).extracting(JsonNode::asString).containsExactly("vip");
        assertThat(segment.path("audienceSegment").path("minVisits").isNull()).isTrue();
        assertThat(segment.path("audienceCustomerCount").isNull()).isTrue();
        com.radartracking.platform.tenancy.TenantContext.runAs(tenant.businessId(), () -> worker.expand(UUID.fromString(segment.path("id").asString()), 100));
        JsonNode expanded = pushSend(tenant.adminToken(), segment.path("id").asString()).ok().data("pushSend");
        assertThat(expanded.path("status").asString()).isEqualTo("QUEUED");
        assertThat(expanded.path("recipients").asInt()).isEqualTo(30);
        assertThat(expanded.path("skipped").asInt()).isEqualTo(5);
        assertThat(expanded.path("counts").path("queued").asInt()).isEqualTo(30);

        JsonNode all = sendPush(tenant.adminToken(), Map.of("kind", "ALL"), message("Todos", "Hola")).ok()
                .data("sendPush");
        assertThat(all.path("audienceSummary").asString()).isEqualTo("Everyone");
        assertThat(all.path("audienceSegment").isNull()).isTrue();
        assertThat(all.path("audienceCustomerCount").isNull()).isTrue();
        com.radartracking.platform.tenancy.TenantContext.runAs(tenant.businessId(), () -> worker.expand(UUID.fromString(all.path("id").asString()), 100));
        JsonNode everyone = pushSend(tenant.adminToken(), all.path("id").asString()).ok().data("pushSend");
        assertThat(everyone.path("recipients").asInt()).isEqualTo(42);
        assertThat(everyone.path("skipped").asInt()).isEqualTo(5);
        assertThat(everyone.path("skipCounts").path(0).path("reason").asString()).isEqualTo("NO_CONSENT");
    }

    @Test
    void anIdempotencyKeyNeverSendsTwiceEvenForTwoRequestsAtOnce() throws Exception {
        String ana = createCustomer(tenant.adminToken(), "Ana", "", true);
        addDevice(tenant.businessId(), ana);
        Map<String, Object> key = Map.of("idempotencyKey", "promo-1");
        String first = sendPush(tenant.adminToken(), toCustomer(ana), message("Hi", "1"), key).ok().text("sendPush.id");
        String again = sendPush(tenant.adminToken(), toCustomer(ana), message("Hi", "1"), key).ok().text("sendPush.id");
        assertThat(again).isEqualTo(first);

        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<GraphQlResponse>> racing = IntStream.range(0, 2).mapToObj(i -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return sendPush(tenant.adminToken(), toCustomer(ana), message("Race", "2"), Map.of("idempotencyKey", "race"));
        })).toList();
        List<String> ids = new ArrayList<>();
        for (CompletableFuture<GraphQlResponse> response : racing) {
            ids.add(response.get().ok().text("sendPush.id"));
        }
        assertThat(ids.get(0)).isEqualTo(ids.get(1));
        assertThat(count(tenant.businessId(), "select count(*) from push_sends where idempotency_key in ('promo-1', 'race')"))
                .isEqualTo(2);
        assertThat(count(tenant.businessId(), "select count(*) from notifications where customer_id = ?::uuid", ana))
                .isEqualTo(2);
    }

    @Test
    void aPersonalisedPayloadOver4KbIsRefusedNamingItsSize() {
        String longName = createCustomer(tenant.adminToken(), "ñ".repeat(80), "", true);
        addDevice(tenant.businessId(), longName);
        Map<String, Object> message = message("t".repeat(100), "{{firstName}}" + "é".repeat(1950));
        GraphQlResponse refused = sendPush(tenant.adminToken(), toCustomer(longName), message)
                .failsWith("BAD_USER_INPUT");
        int bytes = refused.firstError().path("extensions").path("payloadBytes").asInt();
        assertThat(bytes).isGreaterThan(4096);
        assertThat(refused.firstError().path("message").asString()).contains(String.format("%,d bytes", bytes));
        // The same template for a short name fits.
        String shortName = createCustomer(tenant.adminToken(), "Al", "", true);
        addDevice(tenant.businessId(), shortName);
        sendPush(tenant.adminToken(), toCustomer(shortName), message).ok();
        assertThat(count(tenant.businessId(), "select count(*) from push_sends")).isEqualTo(1);
    }

    @Test
    void schedulesMustNotBeInThePastAndDelayTheNotifications() {
        String ana = createCustomer(tenant.adminToken(), "Ana", "", true);
        addDevice(tenant.businessId(), ana);
        sendPush(tenant.adminToken(), toCustomer(ana), message("Hi", "x"),
                Map.of("scheduledAt", Instant.now().minus(Duration.ofHours(1)).toString())).failsWith("BAD_USER_INPUT");
        Instant at = Instant.now().plus(Duration.ofDays(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        JsonNode later = sendPush(tenant.adminToken(), toCustomer(ana), message("Hi", "x"),
                Map.of("scheduledAt", at.toString())).ok().data("sendPush");
        assertThat(Instant.parse(later.path("scheduledAt").asString())).isEqualTo(at);
        // Even one customer waits as SCHEDULED: the row (and its {{points}}) is written when the time comes.
        assertThat(later.path("status").asString()).isEqualTo("SCHEDULED");
        assertThat(count(tenant.businessId(), "select count(*) from notifications")).isZero();
        UUID laterId = UUID.fromString(later.path("id").asString());
        asTenant(tenant.businessId(), () -> jdbc.update(
                "update push_sends set scheduled_at = now() - interval '1 second' where id = ?", laterId));
        asTenant(tenant.businessId(), () -> worker.expand(laterId, 10));
        assertThat(count(tenant.businessId(), "select count(*) from notifications")).isEqualTo(1);
        // A scheduled segment waits for its time.
        JsonNode segment = sendPush(tenant.adminToken(), Map.of("kind", "ALL"), message("Hi", "x"),
                Map.of("scheduledAt", at.toString())).ok().data("sendPush");
        assertThat(segment.path("status").asString()).isEqualTo("SCHEDULED");
        assertThat(com.radartracking.platform.tenancy.TenantContext.callAs(tenant.businessId(),
                () -> worker.expand(UUID.fromString(segment.path("id").asString()), 10))).isZero();
    }

    @Test
    void rolesDecideWhoMaySendWhat() {
        String ana = createCustomer(tenant.adminToken(), "Ana", "", true);
        addDevice(tenant.businessId(), ana);
        String location = createLocation(tenant.adminToken(), "Centro", 4.6, -74.08);
        Member staff = addMember(tenant.adminToken(), "STAFF", List.of(location));
        Member analyst = addMember(tenant.adminToken(), "ANALYST", List.of());
        sendPush(staff.accessToken(), toCustomer(ana), message("Hi", "x")).ok();
        sendPush(staff.accessToken(), Map.of("kind", "ALL"), message("Hi", "x")).failsWith("FORBIDDEN");
        sendPush(staff.accessToken(), Map.of("kind", "CUSTOMERS", "customerIds", List.of(ana)), message("Hi", "x"))
                .failsWith("FORBIDDEN");
        sendPush(analyst.accessToken(), toCustomer(ana), message("Hi", "x")).failsWith("FORBIDDEN");
        graphQl.execute(analyst.accessToken(), "{ pushSends { edges { node { id } } } }").ok();
    }

    @Test
    void badInputIsAnsweredWithCodesNeverAsilentDrop() {
        String ana = createCustomer(tenant.adminToken(), "Ana", "", true);
        sendPush(tenant.adminToken(), toCustomer(ana), message("", "x")).failsWith("BAD_USER_INPUT");
        sendPush(tenant.adminToken(), toCustomer(ana), message("Hi {{nick}}", "x")).failsWith("BAD_USER_INPUT");
        sendPush(tenant.adminToken(), toCustomer(ana), Map.of("title", "t", "body", "b", "imageUrl", "http://x.io/a"))
                .failsWith("BAD_USER_INPUT");
        sendPush(tenant.adminToken(), toCustomer(UUID.randomUUID().toString()), message("Hi", "x"))
                .failsWith("NOT_FOUND");
        sendPush(tenant.adminToken(), Map.of("kind", "CUSTOMER"), message("Hi", "x")).failsWith("BAD_USER_INPUT");
        sendPush(tenant.adminToken(), Map.of("kind", "CUSTOMERS", "customerIds", List.of("nope")), message("Hi", "x"))
                .failsWith("BAD_USER_INPUT");
        List<String> tooMany = IntStream.range(0, 10_001).mapToObj(i -> UUID.randomUUID().toString()).toList();
        sendPush(tenant.adminToken(), Map.of("kind", "CUSTOMERS", "customerIds", tooMany), message("Hi", "x"))
                .failsWith("BAD_USER_INPUT");
        // 10,000 ids fit in the request body limit; none is a customer here, so all are skipped.
        JsonNode max = sendPush(tenant.adminToken(), Map.of("kind", "CUSTOMERS", "customerIds",
                tooMany.subList(0, 10_000)), message("Hi", "x")).ok().data("sendPush");
        assertThat(max.path("skipped").asInt()).isEqualTo(10_000);
        // No consent and no device: skipped and counted, not an error.
        JsonNode skipped = sendPush(tenant.adminToken(), toCustomer(ana), message("Hi", "x")).ok().data("sendPush");
        assertThat(skipped.path("status").asString()).isEqualTo("DONE");
        assertThat(skipped.path("skipCounts").path(0).path("reason").asString()).isEqualTo("NO_DEVICE");
    }

    @Test
    void cancellingStopsQueuedNotifications() {
        String ana = createCustomer(tenant.adminToken(), "Ana", "", true);
        addDevice(tenant.businessId(), ana);
        String location = createLocation(tenant.adminToken(), "Centro", 4.6, -74.08);
        Member staff = addMember(tenant.adminToken(), "STAFF", List.of(location));
        Member other = addMember(tenant.adminToken(), "STAFF", List.of(location));
        Member analyst = addMember(tenant.adminToken(), "ANALYST", List.of());
        String later = Instant.now().plus(Duration.ofDays(1)).toString();
        String id = sendPush(staff.accessToken(), toCustomer(ana), message("Hi", "x"), Map.of("scheduledAt", later))
                .ok().text("sendPush.id");
        String canCancel = "query($id: ID!) { pushSend(id: $id) { canCancel } }";
        assertThat(graphQl.execute(staff.accessToken(), canCancel, Map.of("id", id)).ok().text("pushSend.canCancel"))
                .isEqualTo("true");
        assertThat(graphQl.execute(other.accessToken(), canCancel, Map.of("id", id)).ok().text("pushSend.canCancel"))
                .isEqualTo("false");
        assertThat(graphQl.execute(analyst.accessToken(), canCancel, Map.of("id", id)).ok().text("pushSend.canCancel"))
                .isEqualTo("false");
        assertThat(graphQl.execute(tenant.adminToken(), canCancel, Map.of("id", id)).ok().text("pushSend.canCancel"))
                .isEqualTo("true");
        String cancel = "mutation($id: ID!) { cancelPushSend(id: $id) { id status cancelledAt canCancel counts { cancelled queued } } }";
        graphQl.execute(other.accessToken(), cancel, Map.of("id", id)).failsWith("FORBIDDEN");
        graphQl.execute(analyst.accessToken(), cancel, Map.of("id", id)).failsWith("FORBIDDEN");
        JsonNode cancelled = graphQl.execute(staff.accessToken(), cancel, Map.of("id", id)).ok().data("cancelPushSend");
        assertThat(cancelled.path("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.path("canCancel").asBoolean()).isFalse();

        // A send already queued (the dispatcher is off in tests): its waiting notifications are cancelled.
        String now = sendPush(tenant.adminToken(), toCustomer(ana), message("Now", "x")).ok().text("sendPush.id");
        JsonNode stopped = graphQl.execute(tenant.adminToken(), cancel, Map.of("id", now)).ok().data("cancelPushSend");
        assertThat(stopped.path("status").asString()).isEqualTo("CANCELLED");
        assertThat(stopped.path("counts").path("cancelled").asInt()).isEqualTo(1);
        assertThat(stopped.path("counts").path("queued").asInt()).isZero();

        String done = sendPush(tenant.adminToken(), toCustomer(createCustomer(tenant.adminToken(), "Sin", "", false)),
                message("Hi", "x")).ok().text("sendPush.id");
        graphQl.execute(tenant.adminToken(), cancel, Map.of("id", done)).failsWith("BAD_USER_INPUT");
        graphQl.execute(tenant.adminToken(), cancel, Map.of("id", UUID.randomUUID().toString())).failsWith("NOT_FOUND");
    }

    @Test
    void theHistoryFiltersSendsByOrigin() {
        String ana = createCustomer(tenant.adminToken(), "Ana", "", true);
        addDevice(tenant.businessId(), ana);
        String id = sendPush(tenant.adminToken(), toCustomer(ana), message("Hi", "x")).ok().text("sendPush.id");
        String list = "query($o: PushSendOrigin) { pushSends(filter: {origin: $o}) { edges { node { id origin } } } }";
        JsonNode panel = graphQl.execute(tenant.adminToken(), list, Map.of("o", "PANEL")).ok().data("pushSends.edges");
        assertThat(panel).hasSize(1);
        assertThat(panel.get(0).path("node").path("id").asString()).isEqualTo(id);
        assertThat(panel.get(0).path("node").path("origin").asString()).isEqualTo("PANEL");
        assertThat(graphQl.execute(tenant.adminToken(), list, Map.of("o", "GEOPUSH")).ok().data("pushSends.edges")).isEmpty();
        assertThat(graphQl.execute(tenant.adminToken(), list, Map.of("o", "CAMPAIGN")).ok().data("pushSends.edges")).isEmpty();
    }
}
