package com.radartracking.push.sending;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.isolation.IsolationCase;
import com.radartracking.isolation.IsolationCases;
import com.radartracking.isolation.IsolationWorld;
import com.radartracking.isolation.Planted;
import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.support.TenantFixture;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Push sending: B can neither read, cancel nor target A's sends, notifications, skips, customers or
 * settings, and B's lists, previews and customers' push fields show none of A's.
 */
public class PushIsolationCases implements IsolationCases {

    private static final String SEND_WITNESS = """
            query($send: ID!) { pushSend(id: $send) { status recipients skipped counts { total queued cancelled }
              skipCounts { reason count } } }""";
    private static final String SETTINGS_WITNESS = """
            { pushSettings { quietHoursStart quietHoursEnd frequencyCap frequencyCapWindowHours blockedReason } }""";
    private static final String CUSTOMER_WITNESS = """
            query($cust: ID!) { customer(id: $cust) { notifications { counts { total } } pushSkips { edges { node { reason } } } } }""";

    /** A tenant's push records: a reachable customer, one without consent, a send to both, settings. */
    record Push(String customerId, String silentCustomerId, String sendId) {
    }

    static Push plant(IsolationWorld world, TenantFixture tenant, String prefix) {
        String customer = createCustomer(world, tenant, prefix + "Zoraida", true);
        String silent = createCustomer(world, tenant, prefix + "Silvano", false);
        JdbcTemplate jdbc = world.bean(JdbcTemplate.class);
        TransactionTemplate transactions = world.bean(TransactionTemplate.class);
        TenantContext.runAs(tenant.businessId(), () -> transactions.executeWithoutResult(status -> jdbc.update("""
                insert into device_tokens (id, business_id, customer_id, token, token_kind, platform, refreshed_at)
                values (?, ?, ?, ?, 'FCM_TOKEN', 'IOS', ?)""", UUID.randomUUID(), tenant.businessId(),
                UUID.fromString(customer), prefix + "-secret-token-" + UUID.randomUUID(), Timestamp.from(Instant.now()))));
        String send = world.graphQl().execute(tenant.adminToken(), """
                mutation($i: SendPushInput!) { sendPush(input: $i) { id } }""", Map.of("i", Map.of(
                "audience", Map.of("kind", "CUSTOMERS", "customerIds", List.of(customer, silent)),
                "message", Map.of("title", prefix + " Secret Sale", "body", "Hola {{firstName}}"),
                "idempotencyKey", "shared-key"))).ok().text("sendPush.id");
        world.graphQl().execute(tenant.adminToken(), """
                mutation { updatePushSettings(input: {quietHoursStart: "21:17", quietHoursEnd: "06:43",
                  frequencyCap: 7, frequencyCapWindowHours: 13}) { frequencyCap } }""").ok();
        TenantContext.runAs(tenant.businessId(), () -> transactions.executeWithoutResult(status -> jdbc.update(
                "update push_settings set blocked_at = now(), blocked_reason = 'A_SECRET_BLOCK'")));
        return new Push(customer, silent, send);
    }

    private static String createCustomer(IsolationWorld world, TenantFixture tenant, String name, boolean consent) {
        return world.graphQl().execute(tenant.adminToken(),
                "mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { id } }",
                Map.of("i", Map.of("firstName", name, "email", world.uniqueEmail(name.toLowerCase()),
                        "consents", Map.of("push", consent, "source", "PANEL")))).ok().text("createCustomer.id");
    }

    static Planted ofA(IsolationWorld world) {
        Push a = plant(world, world.a(), "A");
        return Planted.of(Map.of("send", a.sendId(), "cust", a.customerId(), "silent", a.silentCustomerId()),
                a.sendId(), a.customerId(), a.silentCustomerId(), "AZoraida", "ASilvano", "A Secret Sale",
                "A-secret-token", "21:17", "06:43", "A_SECRET_BLOCK");
    }

    /** A's records and B's own (so B's lists are not trivially empty). */
    static Planted ofAAndB(IsolationWorld world) {
        Planted a = ofA(world);
        Push b = plant(world, world.b(), "B");
        Map<String, Object> variables = new HashMap<>(a.variables());
        variables.putAll(Map.of("bsend", b.sendId(), "bcust", b.customerId()));
        return new Planted(variables, a.markers());
    }

    @Override
    public List<IsolationCase> cases() {
        return List.of(
                IsolationCase.named("push: send by id")
                        .plant(PushIsolationCases::ofA)
                        .attack("query($send: ID!) { pushSend(id: $send) { id title counts { total } } }")
                        .expectNotFound(),
                IsolationCase.named("push: sends list shows only B's")
                        .plant(PushIsolationCases::ofAAndB)
                        .attack("""
                                { pushSends(first: 50) { edges { node { id title audienceSummary createdByName
                                  counts { total } skipCounts { reason count }
                                  skips { edges { node { customer { id firstName } } } }
                                  notifications { edges { node { title customer { id } device { id } } } } } } } }""")
                        .expectNoLeak()
                        .check((planted, response) -> assertThat(response.data("pushSends.edges")).hasSize(1)),
                IsolationCase.named("push: notifications list shows only B's")
                        .plant(PushIsolationCases::ofAAndB)
                        .attack("""
                                { notifications(first: 50) { counts { total } edges { node { id title body
                                  customer { id firstName } device { id } send { id title } } } } }""")
                        .expectNoLeak()
                        .check((planted, response) -> assertThat(response.data("notifications.counts.total").asInt())
                                .isEqualTo(1)),
                IsolationCase.named("push: notifications filtered by A's send")
                        .plant(PushIsolationCases::ofA)
                        .attack("query($send: ID!) { notifications(filter: {sendId: $send}) { counts { total } } }")
                        .expectNotFound(),
                IsolationCase.named("push: notifications filtered by A's customer")
                        .plant(PushIsolationCases::ofA)
                        .attack("query($cust: ID!) { notifications(filter: {customerId: $cust}) { edges { node { id } } } }")
                        .expectNotFound(),
                IsolationCase.named("push: skips list shows only B's")
                        .plant(PushIsolationCases::ofAAndB)
                        .attack("{ pushSkips(first: 50) { edges { node { id reason customer { id firstName } send { id } } } } }")
                        .expectNoLeak()
                        .check((planted, response) -> assertThat(response.data("pushSkips.edges")).hasSize(1)),
                IsolationCase.named("push: skips filtered by A's send")
                        .plant(PushIsolationCases::ofA)
                        .attack("query($send: ID!) { pushSkips(filter: {sendId: $send}) { edges { node { id } } } }")
                        .expectNotFound(),
                IsolationCase.named("push: skips filtered by A's customer")
                        .plant(PushIsolationCases::ofA)
                        .attack("query($silent: ID!) { pushSkips(filter: {customerId: $silent}) { edges { node { id } } } }")
                        .expectNotFound(),
                IsolationCase.named("push: B's settings are B's")
                        .plant(PushIsolationCases::ofA)
                        .attack("{ pushSettings { quietHoursStart quietHoursEnd frequencyCap blockedReason timeZone } }")
                        .expectNoLeak()
                        .check((planted, response) -> assertThat(response.data("pushSettings.frequencyCap").isNull())
                                .isTrue()),
                IsolationCase.named("push: B updating settings leaves A's alone")
                        .plant(PushIsolationCases::ofA)
                        .attack("""
                                mutation { updatePushSettings(input: {clearQuietHours: true, clearFrequencyCap: true,
                                  frequencyCapWindowHours: 1}) { quietHoursStart frequencyCap } }""")
                        .expectNoLeak()
                        .witness(SETTINGS_WITNESS),
                IsolationCase.named("push: B clearing its block leaves A's")
                        .plant(PushIsolationCases::ofA)
                        .attack("mutation { clearPushBlock { blockedAt blockedReason } }")
                        .expectNoLeak()
                        .witness(SETTINGS_WITNESS),
                IsolationCase.named("push: preview for A's customer")
                        .plant(PushIsolationCases::ofA)
                        .attack("""
                                query($cust: ID!) { previewPush(input: {audience: {kind: CUSTOMER, customerId: $cust},
                                  message: {title: "Hi", body: "{{firstName}}"}}) { customers sample { body } } }""")
                        .expectNotFound(),
                IsolationCase.named("push: preview of a list naming A's customers counts them unknown")
                        .plant(PushIsolationCases::ofA)
                        .attack("""
                                query($cust: ID!, $silent: ID!) { previewPush(input: {audience: {kind: CUSTOMERS,
                                  customerIds: [$cust, $silent]}, message: {title: "Hi", body: "{{firstName}}"}}) {
                                  customers reachableCustomers devices skipped { reason count } sample { title body } } }""")
                        .expectNoLeak()
                        .check((planted, response) -> {
                            assertThat(response.data("previewPush.reachableCustomers").asInt()).isZero();
                            assertThat(response.data("previewPush.skipped").toString()).contains("UNKNOWN_CUSTOMER");
                        }),
                IsolationCase.named("push: preview of everyone shows only B's reach")
                        .plant(PushIsolationCases::ofA)
                        .attack("""
                                { previewPush(input: {audience: {kind: ALL}, message: {title: "Hi", body: "{{firstName}}"}}) {
                                  customers devices sample { body } } }""")
                        .expectNoLeak()
                        .check((planted, response) -> assertThat(response.data("previewPush.customers").asInt()).isZero()),
                IsolationCase.named("push: send to A's customer")
                        .plant(PushIsolationCases::ofA)
                        .attack("""
                                mutation($cust: ID!) { sendPush(input: {audience: {kind: CUSTOMER, customerId: $cust},
                                  message: {title: "Hijack", body: "x"}}) { id } }""")
                        .expectNotFound()
                        .witness(CUSTOMER_WITNESS),
                IsolationCase.named("push: send to a list of A's customers skips them as unknown")
                        .plant(PushIsolationCases::ofA)
                        .attack("""
                                mutation($cust: ID!) { sendPush(input: {audience: {kind: CUSTOMERS, customerIds: [$cust]},
                                  message: {title: "Hijack", body: "x"}}) { recipients skipped
                                  skips { edges { node { reason customer { id } } } } } }""")
                        .expectNoLeak()
                        .witness(CUSTOMER_WITNESS)
                        .check((planted, response) -> {
                            assertThat(response.data("sendPush.recipients").asInt()).isZero();
                            assertThat(response.data("sendPush.skipped").asInt()).isEqualTo(1);
                        }),
                IsolationCase.named("push: A's idempotency key gives B a send of its own")
                        .plant(PushIsolationCases::ofA)
                        .attack("""
                                mutation { sendPush(input: {audience: {kind: ALL}, message: {title: "B", body: "x"},
                                  idempotencyKey: "shared-key"}) { id title idempotencyKey } }""")
                        .expectNoLeak()
                        .witness(SEND_WITNESS)
                        .check((planted, response) -> assertThat(response.data("sendPush.title").asString()).isEqualTo("B")),
                IsolationCase.named("push: cancel A's send")
                        .plant(PushIsolationCases::ofA)
                        .attack("mutation($send: ID!) { cancelPushSend(id: $send) { id status } }")
                        .expectNotFound()
                        .witness(SEND_WITNESS),
                IsolationCase.named("push: B's customers show their own devices, notifications and skips")
                        .plant(PushIsolationCases::ofAAndB)
                        .attack("""
                                { customers(first: 50) { edges { node { id devices { id platform }
                                  notifications { counts { total } edges { node { id title send { id title } } } }
                                  pushSkips { edges { node { reason send { id title } } } } } } } }""")
                        .expectNoLeak());
    }
}
