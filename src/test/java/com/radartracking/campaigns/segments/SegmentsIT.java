package com.radartracking.campaigns.segments;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.platform.tenancy.TenantContext;
import com.radartracking.support.ApiIntegrationTest;
import com.radartracking.support.GraphQlClient;
import com.radartracking.support.GraphQlResponse;
import com.radartracking.support.TenantFixture;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
 * Segments against real customers: five customers planted with known facts (visits, last visit, tags,
 * birthday, consent, device, opened notification, card balance, a visit at a location), then every fact,
 * the combinators, the ready-made RFM segments, saving, and the refusals.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SegmentsIT extends ApiIntegrationTest {

    private static final String PREVIEW = """
            query($c: SegmentConditionInput!) { segmentPreview(condition: $c) { description customerCount
              sample { id displayName } } }""";

    @Autowired
    private TransactionTemplate transactions;

    @Autowired
    private SegmentStore store;

    private TenantFixture tenant;
    private String centro;
    private String cerrada;
    private final Map<String, UUID> people = new HashMap<>();

    @BeforeAll
    void plant() {
        graphQl = new GraphQlClient("http://127.0.0.1:" + port);
        tenant = signUpBusiness("Segment Café");
        centro = createLocation(tenant.adminToken(), "Centro", 4.6, -74.08);
        cerrada = createLocation(tenant.adminToken(), "Cerrada", 4.7, -74.05);
        graphQl.execute(tenant.adminToken(), "mutation($id: ID!) { deactivateLocation(id: $id) { id } }",
                Map.of("id", cerrada)).ok();
        Instant now = Instant.now();
        asTenant(() -> {
            UUID program = UUID.randomUUID();
            jdbc.update("insert into loyalty_programs (id, business_id, name, kind, points_per_visit) values (?, ?, 'Club', 'POINTS', 10)",
                    program, tenant.businessId());
            // name, visits, last visit days ago (null: never), joined days ago, tags, birthday
            customer("Ana", 12, 5, 400, new String[] {"vip"}, "1990-02-14");
            customer("Beto", 4, 90, 400, new String[] {"vip", "cafe"}, null);
            customer("Caro", 0, null, 3, new String[] {}, null);
            customer("Dani", 2, 400, 500, new String[] {}, "1985-02-01");
            customer("Eva", 6, 40, 300, new String[] {"cafe"}, null);
            UUID ana = people.get("Ana");
            jdbc.update("insert into consents (business_id, customer_id, type, granted, source, changed_at) values (?, ?, 'PUSH', true, 'PANEL', now())",
                    tenant.businessId(), ana);
            UUID device = UUID.randomUUID();
            jdbc.update("insert into device_tokens (id, business_id, customer_id, token, token_kind, platform) values (?, ?, ?, ?, 'FCM_TOKEN', 'IOS')",
                    device, tenant.businessId(), ana, "tok-" + device);
            jdbc.update("""
                    insert into notifications (id, business_id, customer_id, device_token_id, title, body, status, due_at,
                                               sent_at, opened_at, created_at)
                    values (?, ?, ?, ?, 'Hi', 'x', 'SENT', now(), now(), ?, now())""",
                    UUID.randomUUID(), tenant.businessId(), ana, device, Timestamp.from(now.minus(Duration.ofDays(2))));
            jdbc.update("insert into loyalty_cards (id, business_id, program_id, customer_id, code, balance) values (?, ?, ?, ?, ?, 150)",
                    UUID.randomUUID(), tenant.businessId(), program, ana, "A".repeat(26));
            jdbc.update("insert into visits (id, business_id, customer_id, location_id, source, occurred_at) values (?, ?, ?, ?, 'MANUAL', ?)",
                    UUID.randomUUID(), tenant.businessId(), ana, UUID.fromString(centro), Timestamp.from(now.minus(Duration.ofDays(3))));
            jdbc.update("insert into visits (id, business_id, customer_id, location_id, source, occurred_at) values (?, ?, ?, ?, 'MANUAL', ?)",
                    UUID.randomUUID(), tenant.businessId(), people.get("Beto"), UUID.fromString(centro), Timestamp.from(now.minus(Duration.ofDays(90))));
            return null;
        });
    }

    private void customer(String name, int visits, Integer lastVisitDaysAgo, int joinedDaysAgo, String[] tags, String birthday) {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        jdbc.update("""
                insert into customers (id, business_id, first_name, last_name, tags, birthday, visit_count, first_visit_at,
                                       last_visit_at, created_at)
                values (?, ?, ?, 'Segment', ?, cast(? as date), ?, ?, ?, ?)""", id, tenant.businessId(), name, tags,
                birthday, visits, lastVisitDaysAgo == null ? null : Timestamp.from(now.minus(Duration.ofDays(joinedDaysAgo))),
                lastVisitDaysAgo == null ? null : Timestamp.from(now.minus(Duration.ofDays(lastVisitDaysAgo))),
                Timestamp.from(now.minus(Duration.ofDays(joinedDaysAgo))));
        people.put(name, id);
    }

    private <T> T asTenant(java.util.function.Supplier<T> work) {
        return asTenant(tenant, work);
    }

    private <T> T asTenant(TenantFixture business, java.util.function.Supplier<T> work) {
        return TenantContext.callAs(business.businessId(), () -> transactions.execute(status -> work.get()));
    }

    private static Map<String, Object> fact(String fact, Object... fields) {
        Map<String, Object> node = new HashMap<>(Map.of("fact", fact));
        for (int i = 0; i < fields.length; i += 2) {
            node.put((String) fields[i], fields[i + 1]);
        }
        return node;
    }

    private GraphQlResponse preview(Map<String, Object> condition) {
        return graphQl.execute(tenant.adminToken(), PREVIEW, Map.of("c", condition));
    }

    private List<String> names(Map<String, Object> condition) {
        JsonNode answer = preview(condition).ok().data("segmentPreview");
        List<String> names = new ArrayList<>();
        answer.path("sample").forEach(customer -> names.add(customer.path("displayName").asString().replace(" Segment", "")));
        assertThat(answer.path("customerCount").asInt()).isEqualTo(names.size());
        return names.stream().sorted().toList();
    }

    @Test
    void everyFactSelectsTheRightCustomers() {
        assertThat(names(fact("VISIT_COUNT", "op", "GTE", "number", 6))).containsExactly("Ana", "Eva");
        assertThat(names(fact("VISIT_COUNT", "op", "EQ", "number", 0))).containsExactly("Caro");
        assertThat(names(fact("LAST_VISIT", "op", "WITHIN_LAST_DAYS", "days", 30))).containsExactly("Ana");
        assertThat(names(fact("LAST_VISIT", "op", "MORE_THAN_DAYS_AGO", "days", 60))).containsExactly("Beto", "Dani");
        assertThat(names(fact("FIRST_VISIT", "op", "NEVER"))).containsExactly("Caro");
        assertThat(names(fact("LAST_VISIT", "op", "BEFORE", "date", Instant.now().minus(Duration.ofDays(100)).toString())))
                .containsExactly("Dani");
        assertThat(names(fact("ENROLLED", "op", "WITHIN_LAST_DAYS", "days", 10))).containsExactly("Caro");
        assertThat(names(fact("VISITED_LOCATION", "locationId", centro))).containsExactly("Ana", "Beto");
        assertThat(names(fact("VISITED_LOCATION", "locationId", centro, "days", 30))).containsExactly("Ana");
        assertThat(names(fact("POINTS_BALANCE", "op", "GTE", "number", 100))).containsExactly("Ana");
        assertThat(names(fact("TAG", "tag", "VIP"))).containsExactly("Ana", "Beto");
        assertThat(names(fact("BIRTHDAY_MONTH", "month", 2))).containsExactly("Ana", "Dani");
        assertThat(names(fact("CONSENT", "consent", "PUSH"))).containsExactly("Ana");
        assertThat(names(fact("DEVICE_PLATFORM", "platform", "IOS"))).containsExactly("Ana");
        assertThat(names(fact("DEVICE_PLATFORM", "platform", "ANDROID"))).isEmpty();
        assertThat(names(fact("OPENED_NOTIFICATION", "days", 7))).containsExactly("Ana");
        assertThat(names(fact("OPENED_NOTIFICATION", "days", 1))).isEmpty();
    }

    @Test
    void conditionsCombineAndDescribeThemselves() {
        Map<String, Object> tagged = Map.of("all", List.of(fact("TAG", "tag", "cafe"),
                Map.of("not", fact("TAG", "tag", "vip"))));
        assertThat(names(tagged)).containsExactly("Eva");
        assertThat(names(Map.of("any", List.of(tagged, fact("FIRST_VISIT", "op", "NEVER"))))).containsExactly("Caro", "Eva");
        assertThat(preview(tagged).ok().text("segmentPreview.description")).isEqualTo("tagged cafe and not tagged vip");
    }

    @Test
    void theReadyMadeRfmSegmentsCountTheirCustomers() {
        JsonNode edges = graphQl.execute(tenant.adminToken(), """
                { segments(first: 10, includeBuiltIn: true) { edges { node { id name builtIn customerCount description } } } }""")
                .ok().data("segments.edges");
        Map<String, Integer> counts = new HashMap<>();
        edges.forEach(edge -> counts.put(edge.path("node").path("id").asString(), edge.path("node").path("customerCount").asInt()));
        // Ana: champion; Eva: loyal; Caro: new; Beto: at risk; Dani: lost.
        assertThat(counts).containsEntry("rfm:champions", 1).containsEntry("rfm:loyal", 1).containsEntry("rfm:new", 1)
                .containsEntry("rfm:at-risk", 1).containsEntry("rfm:lost", 1);
        assertThat(graphQl.execute(tenant.adminToken(), "{ segment(id: \"rfm:lost\") { name builtIn condition { fact op days } } }")
                .ok().data("segment").path("condition").path("days").asInt()).isEqualTo(180);
        graphQl.execute(tenant.adminToken(), "mutation { deleteSegment(id: \"rfm:lost\") }").failsWith("BAD_USER_INPUT");
        graphQl.execute(tenant.adminToken(), "{ segment(id: \"rfm:nope\") { id } }").failsWith("NOT_FOUND");
    }

    @Test
    void savedSegmentsAreCreatedChangedListedAndDeleted() {
        String save = "mutation($i: SegmentInput!) { createSegment(input: $i) { id name description customerCount builtIn condition { fact tag } } }";
        JsonNode created = graphQl.execute(tenant.adminToken(), save, Map.of("i", Map.of("name", "VIPs",
                "condition", fact("TAG", "tag", "vip")))).ok().data("createSegment");
        assertThat(created.path("customerCount").asInt()).isEqualTo(2);
        assertThat(created.path("builtIn").asBoolean()).isFalse();
        String id = created.path("id").asString();
        graphQl.execute(tenant.adminToken(), save, Map.of("i", Map.of("name", "vips",
                "condition", fact("TAG", "tag", "cafe")))).failsWith("CONFLICT");

        JsonNode updated = graphQl.execute(tenant.adminToken(),
                "mutation($id: ID!, $i: SegmentInput!) { updateSegment(id: $id, input: $i) { name customerCount description } }",
                Map.of("id", id, "i", Map.of("name", "VIP regulars", "condition", Map.of("all", List.of(
                        fact("TAG", "tag", "vip"), fact("VISIT_COUNT", "op", "GTE", "number", 10))))))
                .ok().data("updateSegment");
        assertThat(updated.path("customerCount").asInt()).isEqualTo(1);
        assertThat(updated.path("description").asString()).isEqualTo("tagged vip and 10 or more visits");

        JsonNode listed = graphQl.execute(tenant.adminToken(), "{ segments(first: 10) { edges { node { id name } } } }")
                .ok().data("segments.edges");
        assertThat(listed).hasSize(1);
        graphQl.execute(tenant.adminToken(), "mutation($id: ID!) { deleteSegment(id: $id) }", Map.of("id", id)).ok();
        graphQl.execute(tenant.adminToken(), "query($id: ID!) { segment(id: $id) { id } }", Map.of("id", id))
                .failsWith("NOT_FOUND");
    }

    @Test
    void conditionsThatWouldMatchNoOneByMistakeAreRefusedWithTheReason() {
        JsonNode error = preview(fact("TAG", "tag", "deleted-tag")).failsWith("BAD_USER_INPUT").firstError();
        assertThat(error.path("extensions").path("reason").asString()).isEqualTo("UNKNOWN_TAG");
        error = preview(fact("VISITED_LOCATION", "locationId", cerrada)).failsWith("BAD_USER_INPUT").firstError();
        assertThat(error.path("extensions").path("reason").asString()).isEqualTo("LOCATION_INACTIVE");
        preview(fact("VISITED_LOCATION", "locationId", UUID.randomUUID().toString())).failsWith("NOT_FOUND");
        error = preview(Map.of("any", List.of(fact("VISIT_COUNT", "op", "AFTER", "number", 1))))
                .failsWith("BAD_USER_INPUT").firstError();
        assertThat(error.path("extensions").path("path").asString()).isEqualTo("any.0.op");
        graphQl.execute(tenant.adminToken(), "mutation($i: SegmentInput!) { createSegment(input: $i) { id } }",
                Map.of("i", Map.of("name", " ", "condition", fact("TAG", "tag", "vip")))).failsWith("BAD_USER_INPUT");
        assertThat(jdbcCount()).isZero();
    }

    private int jdbcCount() {
        return asTenant(() -> jdbc.queryForObject("select count(*) from segments where name = ' '", Integer.class));
    }

    @Test
    void onlyAdminsManageSegmentsAndAnalystsRead() {
        Member staff = addMember(tenant.adminToken(), "STAFF", List.of(centro));
        Member analyst = addMember(tenant.adminToken(), "ANALYST", List.of());
        Map<String, Object> input = Map.of("i", Map.of("name", "Nope", "condition", fact("TAG", "tag", "vip")));
        graphQl.execute(staff.accessToken(), "mutation($i: SegmentInput!) { createSegment(input: $i) { id } }", input)
                .failsWith("FORBIDDEN");
        graphQl.execute(analyst.accessToken(), "mutation($i: SegmentInput!) { createSegment(input: $i) { id } }", input)
                .failsWith("FORBIDDEN");
        graphQl.execute(staff.accessToken(), PREVIEW, Map.of("c", fact("TAG", "tag", "vip"))).failsWith("FORBIDDEN");
        assertThat(graphQl.execute(analyst.accessToken(), PREVIEW, Map.of("c", fact("TAG", "tag", "vip")))
                .ok().data("segmentPreview.customerCount").asInt()).isEqualTo(2);
    }

    @Test
    void thePreviewCountStopsAtTheCapUnlessTheExactCountIsAsked() {
        TenantFixture big = signUpBusiness("Segment Big Café");
        int customers = SegmentService.PREVIEW_COUNT_CAP + 50;
        asTenant(big, () -> jdbc.update("""
                insert into customers (id, business_id, first_name, visit_count, tags)
                select gen_random_uuid(), ?, 'Bulk', n % 3, case when n <= 20 then '{vip}'::text[] else '{}' end
                  from generate_series(1, ?) as n""", big.businessId(), customers));
        String preview = """
                query($c: SegmentConditionInput!, $exact: Boolean) { segmentPreview(condition: $c, exact: $exact) {
                  customerCount customerCountIsExact countCap sample { id } } }""";
        Map<String, Object> everyone = fact("VISIT_COUNT", "op", "GTE", "number", 0);

        JsonNode capped = graphQl.execute(big.adminToken(), preview, Map.of("c", everyone)).ok().data("segmentPreview");
        assertThat(capped.path("customerCount").asInt()).isEqualTo(SegmentService.PREVIEW_COUNT_CAP);
        assertThat(capped.path("customerCountIsExact").asBoolean()).isFalse();
        assertThat(capped.path("countCap").asInt()).isEqualTo(SegmentService.PREVIEW_COUNT_CAP);
        assertThat(capped.path("sample")).hasSize(SegmentService.SAMPLE_SIZE);

        JsonNode exact = graphQl.execute(big.adminToken(), preview, Map.of("c", everyone, "exact", true))
                .ok().data("segmentPreview");
        assertThat(exact.path("customerCount").asInt()).isEqualTo(customers);
        assertThat(exact.path("customerCountIsExact").asBoolean()).isTrue();
        assertThat(exact.path("countCap").isNull()).isTrue();

        // Past the cap an exact count reads every row, its "N days ago" computed once: still every customer.
        JsonNode joined = graphQl.execute(big.adminToken(), preview, Map.of("c",
                fact("ENROLLED", "op", "WITHIN_LAST_DAYS", "days", 30), "exact", true)).ok().data("segmentPreview");
        assertThat(joined.path("customerCount").asInt()).isEqualTo(customers);
        List<SegmentCondition> rfm = BuiltInSegments.ALL.stream().map(BuiltInSegments.BuiltIn::condition).toList();
        assertThat(TenantContext.callAs(big.businessId(), () -> store.counts(rfm)))
                .isEqualTo(asTenant(big, () -> rfm.stream().map(store::count).toList()))
                .containsExactly(0, 0, customers, 0, 0);

        // Below the cap the live count is already exact.
        JsonNode few = graphQl.execute(big.adminToken(), preview, Map.of("c", fact("TAG", "tag", "vip")))
                .ok().data("segmentPreview");
        assertThat(few.path("customerCount").asInt()).isEqualTo(20);
        assertThat(few.path("customerCountIsExact").asBoolean()).isTrue();
        assertThat(few.path("countCap").asInt()).isEqualTo(SegmentService.PREVIEW_COUNT_CAP);

        // A saved segment always shows the exact figure.
        JsonNode saved = graphQl.execute(big.adminToken(),
                "mutation($i: SegmentInput!) { createSegment(input: $i) { customerCount } }",
                Map.of("i", Map.of("name", "Everyone", "condition", everyone))).ok().data("createSegment");
        assertThat(saved.path("customerCount").asInt()).isEqualTo(customers);
        JsonNode listed = graphQl.execute(big.adminToken(),
                "{ segments(first: 10, includeBuiltIn: true) { edges { node { id customerCount } } } }")
                .ok().data("segments.edges");
        Map<String, Integer> counts = new HashMap<>();
        listed.forEach(edge -> counts.put(edge.path("node").path("id").asString(),
                edge.path("node").path("customerCount").asInt()));
        // All joined just now with at most 2 visits: every one is "new" (the RFM counts are exact too).
        assertThat(counts).containsEntry("rfm:new", customers).containsEntry("rfm:lost", 0).containsValue(customers);
    }

    @Test
    void theSinglePassGivesTheSameCountsAsOneCountPerCondition() {
        List<SegmentCondition> conditions = new ArrayList<>();
        BuiltInSegments.ALL.forEach(segment -> conditions.add(segment.condition()));
        conditions.add(SegmentRules.read(fact("TAG", "tag", "vip")));
        conditions.add(SegmentRules.read(Map.of("any", List.of(fact("BIRTHDAY_MONTH", "month", 2),
                Map.of("not", fact("FIRST_VISIT", "op", "NEVER"))))));
        conditions.add(SegmentRules.read(fact("LAST_VISIT", "op", "BEFORE",
                "date", Instant.now().minus(Duration.ofDays(100)))));
        // Facts in other tables are counted on their own, in the same statement.
        conditions.add(SegmentRules.read(fact("CONSENT", "consent", "PUSH")));
        conditions.add(SegmentRules.read(Map.of("any", List.of(fact("TAG", "tag", "cafe"),
                fact("DEVICE_PLATFORM", "platform", "IOS")))));

        List<Integer> together = TenantContext.callAs(tenant.businessId(), () -> store.counts(conditions));
        List<Integer> oneByOne = asTenant(() -> conditions.stream().map(store::count).toList());
        assertThat(together).isEqualTo(oneByOne);
        // Ana, Eva, Caro, Beto, Dani: one each in the RFM segments; vip: Ana, Beto; February or visited:
        // everyone but Caro; last visit before 100 days ago: Dani; push consent: Ana; cafe or iOS: Ana, Beto, Eva.
        assertThat(together).containsExactly(1, 1, 1, 1, 1, 2, 4, 1, 1, 3);
        assertThat(TenantContext.callAs(tenant.businessId(), () -> store.counts(conditions.subList(0, 1))))
                .containsExactly(1);
    }
}
