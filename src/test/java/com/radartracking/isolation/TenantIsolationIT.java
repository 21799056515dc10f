package com.radartracking.isolation;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.support.ApiIntegrationTest;
import com.radartracking.support.GraphQlClient;
import com.radartracking.support.GraphQlResponse;
import com.radartracking.support.TenantFixture;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs every {@link IsolationCase} of every module: business A plants a record, business B attacks it
 * by id (read, update, deactivate, reference it in an input) or lists its own data, over real HTTP.
 * B must get NOT_FOUND (exactly what an unknown id gets, never FORBIDDEN, never data) or an answer
 * free of A's markers; A's record must be unchanged. A schema operation without a case fails the build.
 */
class TenantIsolationIT extends ApiIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private ApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    /** Every {@link IsolationCases} implementation under com.radartracking on the test classpath. */
    static List<IsolationCases> contributors() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(IsolationCases.class));
        List<IsolationCases> found = new ArrayList<>();
        Set<String> names = new TreeSet<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("com.radartracking")) {
            names.add(candidate.getBeanClassName());
        }
        for (String name : names) {
            try {
                found.add((IsolationCases) Class.forName(name).getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(name + " needs a public no-argument constructor", e);
            }
        }
        return found;
    }

    static Stream<IsolationCase> cases() {
        return contributors().stream().flatMap(contributor -> contributor.cases().stream())
                .map(IsolationCase::validated);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void tenantBCannotReachTenantA(IsolationCase isolationCase) {
        World world = new World();
        Planted planted = isolationCase.planter().apply(world);
        Set<String> markers = new HashSet<>(planted.markers());
        markers.addAll(Set.of(world.a().businessId().toString(), world.a().adminUserId().toString(),
                world.a().adminEmail(), world.aName()));

        String witnessBefore = witness(world, isolationCase, planted);
        String token = isolationCase.attackerToken().apply(world);
        if (isolationCase.httpAttack() != null) {
            attackOverHttp(isolationCase, planted, markers, token);
        } else {
            GraphQlResponse response = graphQl.execute(token, isolationCase.document(), planted.variables());
            switch (isolationCase.expectation()) {
                case NOT_FOUND -> assertLooksUnknown(isolationCase, planted, markers, token, response);
                case NO_LEAK -> {
                    response.ok();
                    assertNoMarkers(response.body().toString(), markers, "answer to B");
                }
                case REFUSED -> throw new IllegalStateException("REFUSED is for REST attacks");
            }
            isolationCase.extraCheck().accept(planted, response);
        }
        assertThat(witness(world, isolationCase, planted)).as("A's record after B's attempt")
                .isEqualTo(witnessBefore);
    }

    @Test
    void everySchemaOperationHasAnIsolationCase() {
        Set<String> schema = SchemaOperations.queriesAndMutations();
        Set<String> covered = new TreeSet<>();
        Map<String, String> tenantLess = new TreeMap<>();
        for (IsolationCases contributor : contributors()) {
            contributor.cases().forEach(isolationCase -> covered.addAll(isolationCase.covers()));
            tenantLess.putAll(contributor.tenantLessOperations());
        }
        Set<String> missing = new TreeSet<>(schema);
        missing.removeAll(covered);
        missing.removeAll(tenantLess.keySet());
        assertThat(missing).as("operations with neither an isolation case nor a tenant-less reason "
                + "(add an IsolationCase in your module's IsolationCases, see package-info)").isEmpty();

        Set<String> stale = new TreeSet<>(covered);
        stale.addAll(tenantLess.keySet());
        stale.removeAll(schema);
        assertThat(stale).as("isolation cases or tenant-less entries naming operations the schema lacks").isEmpty();
        assertThat(tenantLess.values()).as("every tenant-less operation says why").allMatch(why -> !why.isBlank());
    }

    /** Every endpoint our controllers map under /api/ is attacked by a case or said to be tenant-less. */
    @Test
    void everyRestEndpointHasAnIsolationCase() {
        Set<String> mapped = RestEndpoints.of(mappings, "/api/");
        Set<String> covered = new TreeSet<>();
        Map<String, String> tenantLess = new TreeMap<>();
        for (IsolationCases contributor : contributors()) {
            contributor.cases().forEach(isolationCase -> covered.addAll(isolationCase.coversEndpoints()));
            tenantLess.putAll(contributor.tenantLessEndpoints());
        }
        Set<String> missing = new TreeSet<>(mapped);
        missing.removeAll(covered);
        missing.removeAll(tenantLess.keySet());
        assertThat(missing).as("REST endpoints with neither an isolation case nor a tenant-less reason").isEmpty();
        Set<String> stale = new TreeSet<>(covered);
        stale.addAll(tenantLess.keySet());
        stale.removeAll(mapped);
        assertThat(stale).as("isolation cases naming REST endpoints that are not mapped").isEmpty();
        assertThat(tenantLess.values()).as("every tenant-less endpoint says why").allMatch(why -> !why.isBlank());
    }

    @Test
    void harnessSeesEveryContributor() {
        assertThat(contributors()).extracting(contributor -> contributor.getClass().getSimpleName())
                .contains("PlatformIsolationCases", "IdentityIsolationCases", "AuditIsolationCases",
                        "LocationsIsolationCases", "MobileIsolationCases");
    }

    /** NOT_FOUND-like: the expected code, nothing else, no data, and the same answer as for an unknown id. */
    private void assertLooksUnknown(IsolationCase isolationCase, Planted planted, Set<String> markers, String token,
            GraphQlResponse response) {
        assertThat(response.status()).as("HTTP status of %s", response.body()).isLessThan(500);
        assertThat(response.errorCodes()).as("error codes of %s", response.body()).isNotEmpty()
                .doesNotContain("FORBIDDEN").containsOnly(isolationCase.expectedCode());
        JsonNode data = response.body().path("data");
        if (!data.isMissingNode() && !data.isNull()) {
            data.properties().forEach(field -> assertThat(field.getValue().isNull())
                    .as("data.%s of %s", field.getKey(), response.body()).isTrue());
        }
        assertNoMarkers(data.toString(), markers, "data answered to B");
        // Error messages may echo the id B sent, but nothing else of A's.
        Set<String> notSent = new HashSet<>(markers);
        notSent.removeIf(marker -> JSON.writeValueAsString(planted.variables()).contains(marker));
        assertNoMarkers(response.body().toString(), notSent, "answer to B");

        GraphQlResponse control = graphQl.execute(token, isolationCase.document(), withUnknownIds(planted));
        assertThat(response.errorCodes()).as("A's id must be answered like an unknown id (%s)", control.body())
                .isEqualTo(control.errorCodes());
    }

    private void attackOverHttp(IsolationCase isolationCase, Planted planted, Set<String> markers, String token) {
        IsolationCase.HttpAttack attack = isolationCase.httpAttack();
        HttpResponse<String> response = send(attack, planted, token);
        String what = attack.method() + " " + attack.path().apply(planted) + ": " + response.body();
        switch (isolationCase.expectation()) {
            case NOT_FOUND -> assertThat(response.statusCode()).as("status of %s", what).isEqualTo(404);
            case REFUSED -> assertThat(response.statusCode()).as("status of %s", what)
                    .isEqualTo(isolationCase.expectedStatus());
            case NO_LEAK -> assertThat(response.statusCode()).as("status of %s", what).isBetween(200, 299);
        }
        if (isolationCase.expectation() != IsolationCase.Expectation.NO_LEAK) {
            assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("json");
        }
        // The path and headers are B's request: they may hold what B sent, nothing else of A's may come back.
        Set<String> notSent = new HashSet<>(markers);
        String sent = attack.path().apply(planted) + (attack.headers() == null ? ""
                : attack.headers().apply(planted).toString()) + (attack.body() == null ? "" : attack.body().apply(planted));
        notSent.removeIf(sent::contains);
        assertNoMarkers(response.body(), notSent, "REST answer to B");
        if (isolationCase.expectation() == IsolationCase.Expectation.NOT_FOUND) {
            Planted unknown = new Planted(withUnknownIds(planted), Set.of());
            assertThat(send(attack, unknown, token).statusCode()).as("status for an unknown id").isEqualTo(404);
        }
    }

    private HttpResponse<String> send(IsolationCase.HttpAttack attack, Planted planted, String token) {
        String body = attack.body() == null ? null : attack.body().apply(planted);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(graphQl.baseUrl() + attack.path().apply(planted)))
                .method(attack.method(), body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", attack.contentType());
        if (attack.headers() == null) {
            request.header("Authorization", "Bearer " + token);
        } else {
            attack.headers().apply(planted).forEach(request::header);
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private String witness(World world, IsolationCase isolationCase, Planted planted) {
        if (isolationCase.witnessDocument() == null) {
            return null;
        }
        return world.asA(isolationCase.witnessDocument(), planted.variables()).body().path("data").toString();
    }

    private static void assertNoMarkers(String text, Set<String> markers, String what) {
        for (String marker : markers) {
            assertThat(text).as("%s must not contain A's '%s'", what, marker).doesNotContain(marker);
        }
    }

    /** The planted variables with every UUID that is one of A's markers replaced by a random one. */
    private static Map<String, Object> withUnknownIds(Planted planted) {
        Map<String, Object> result = new LinkedHashMap<>();
        planted.variables().forEach((key, value) -> result.put(key, replaceIds(value, planted.markers())));
        return result;
    }

    @SuppressWarnings("unchecked")
    private static Object replaceIds(Object value, Set<String> markers) {
        if (value instanceof String text && markers.contains(text) && isUuid(text)) {
            return UUID.randomUUID().toString();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((key, inner) -> copy.put(key, replaceIds(inner, markers)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(inner -> replaceIds(inner, markers)).toList();
        }
        return value;
    }

    private static boolean isUuid(String text) {
        try {
            UUID.fromString(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A fresh pair of businesses per case, so cases never depend on each other. */
    private final class World implements IsolationWorld {
        private final String aName = "Tenant A " + UUID.randomUUID().toString().substring(0, 8);
        private final TenantFixture a = signUpBusiness(aName);
        private final TenantFixture b = signUpBusiness("Tenant B " + UUID.randomUUID().toString().substring(0, 8));

        @Override
        public TenantFixture a() {
            return a;
        }

        @Override
        public TenantFixture b() {
            return b;
        }

        @Override
        public String aName() {
            return aName;
        }

        @Override
        public GraphQlClient graphQl() {
            return graphQl;
        }

        @Override
        public GraphQlResponse asA(String document, Map<String, ?> variables) {
            return graphQl.execute(a.adminToken(), document, variables).ok();
        }

        @Override
        public GraphQlResponse asB(String document, Map<String, ?> variables) {
            return graphQl.execute(b.adminToken(), document, variables).ok();
        }

        @Override
        public String createLocation(TenantFixture tenant, String name) {
            return TenantIsolationIT.this.createLocation(tenant.adminToken(), name, 4.65, -74.05);
        }

        @Override
        public Member addMember(TenantFixture tenant, String role, List<String> locationIds) {
            return TenantIsolationIT.this.addMember(tenant.adminToken(), role, locationIds);
        }

        @Override
        public String uniqueEmail(String who) {
            return ApiIntegrationTest.uniqueEmail(who);
        }

        @Override
        public <T> T bean(Class<T> type) {
            return context.getBean(type);
        }
    }
}
