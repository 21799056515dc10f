package com.radartracking.locations;

import static org.assertj.core.api.Assertions.assertThat;

import com.radartracking.support.ApiIntegrationTest;
import com.radartracking.support.GraphQlResponse;
import com.radartracking.support.TenantFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The plan's location limit (5 by default) holds when many createLocation calls race each other. */
class LocationLimitConcurrencyIT extends ApiIntegrationTest {

    private static final String CREATE = """
            mutation($input: CreateLocationInput!) { createLocation(input: $input) { id } }""";

    @Test
    void parallelCreationsNeverOvershootTheLimit() throws Exception {
        TenantFixture tenant = signUpBusiness("Race Café");
        List<GraphQlResponse> answers = createInParallel(tenant, 10);

        long created = answers.stream().filter(answer -> answer.errorCodes().isEmpty()).count();
        assertThat(created).isEqualTo(5);
        assertThat(answers.stream().filter(answer -> !answer.errorCodes().isEmpty()))
                .hasSize(5)
                .allSatisfy(answer -> {
                    answer.failsWith("BAD_USER_INPUT");
                    assertThat(answer.firstError().path("extensions").path("reason").asString())
                            .isEqualTo("LOCATION_LIMIT_REACHED");
                });
        GraphQlResponse quota = graphQl.execute(tenant.adminToken(), "{ locationQuota { used limit } }").ok();
        assertThat(quota.data("locationQuota.used").asInt()).isEqualTo(5);
        assertThat(graphQl.execute(tenant.adminToken(), "{ locations(first: 100, includeInactive: true) { totalCount } }")
                .ok().data("locations.totalCount").asInt()).isEqualTo(5);
    }

    @Test
    void reactivationRacingACreationTakesTheLastSlotOnlyOnce() throws Exception {
        TenantFixture tenant = signUpBusiness("Race Reactivate");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(createLocation(tenant.adminToken(), "Sede " + i, 4.6, -74.1));
        }
        graphQl.execute(tenant.adminToken(), "mutation($id: ID!) { deactivateLocation(id: $id) { id } }",
                Map.of("id", ids.getFirst())).ok();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<GraphQlResponse>> futures = new ArrayList<>();
            futures.add(pool.submit(() -> {
                start.await();
                return graphQl.execute(tenant.adminToken(), "mutation($id: ID!) { reactivateLocation(id: $id) { id } }",
                        Map.of("id", ids.getFirst()));
            }));
            for (int i = 0; i < 3; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return graphQl.execute(tenant.adminToken(), CREATE, Map.of("input", input("Nueva " + n)));
                }));
            }
            start.countDown();
            long succeeded = 0;
            for (Future<GraphQlResponse> future : futures) {
                succeeded += future.get(60, TimeUnit.SECONDS).errorCodes().isEmpty() ? 1 : 0;
            }
            assertThat(succeeded).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(graphQl.execute(tenant.adminToken(), "{ locationQuota { used } }").ok()
                .data("locationQuota.used").asInt()).isEqualTo(5);
    }

    private List<GraphQlResponse> createInParallel(TenantFixture tenant, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<GraphQlResponse>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return graphQl.execute(tenant.adminToken(), CREATE, Map.of("input", input("Sede " + n)));
                }));
            }
            start.countDown();
            List<GraphQlResponse> answers = new ArrayList<>();
            for (Future<GraphQlResponse> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, Object> input(String name) {
        return Map.of("name", name, "timeZone", "UTC", "point", Map.of("latitude", 4.6, "longitude", -74.1));
    }
}
